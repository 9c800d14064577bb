class FunctionFactory { // Noncompliant@0 {{Rename this file's snake_case names to camelCase: `pad_space` to `padSpace` and 1 more.}}
  // 2 snake_case names for 6 camelCase ones (more than one per 4): a deliberate family, one file-level issue
  void pad_space() { }
  void pad_repeat() { }
  void registerFunction(String functionName, int argumentCount) { }
  void registerAlias(String aliasName, String targetName) { }
}
