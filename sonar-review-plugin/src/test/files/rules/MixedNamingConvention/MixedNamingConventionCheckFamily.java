class FunctionFactory {
  // 4 snake_case names for 6 camelCase ones: a deliberate family beside camelCase helpers, not strays. Which
  // convention is the file's cannot be told, so no issue.
  void pad_space() { }
  void pad_repeat() { }
  void trim_both() { }
  void trim_leading() { }
  void registerFunction(String functionName, int argumentCount) { }
  void registerAlias(String aliasName, String targetName) { }
}
