class OpcodeEmitter { // Noncompliant@0 {{Rename this file's snake_case names to camelCase: 'dup_x1' to 'dupX1' and 3 more; this file has 1 camelCase and 4 snake_case names.}}
  void dup_x1() { }
  void dup_x2() { }
  void load_local(int slot_index) { }
  void emit(int opcode) { }
  void emitAll() { } // one camelCase name: snake_case is still more than twice as common
}
