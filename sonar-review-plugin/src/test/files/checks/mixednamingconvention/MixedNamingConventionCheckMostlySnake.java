class OpcodeEmitter { // Noncompliant@0 {{Rename this file's snake_case names to camelCase: `dup_x1` to `dupX1` and 3 more.}}
  void dup_x1() { }
  void dup_x2() { }
  void load_local(int slot_index) { }
  void emit(int opcode) { }
}
