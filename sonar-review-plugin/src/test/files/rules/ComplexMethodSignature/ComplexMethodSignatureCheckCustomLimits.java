class CustomLimits {
  void two(int a, int b) { }
  void three(int width, int height, int depth) { } // Noncompliant {{Method 'three' has 3 parameters (max 2); group related parameters into a parameter object.}}
  void flag(boolean a) { } // only booleans: values, not flags
  void flagged(boolean dryRun, String name) { } // Noncompliant {{Method 'flagged' has 1 boolean parameter (max 0); group related parameters into a parameter object.}}
}
