package com.acme;

class MethodSuppressed {
  @SuppressWarnings("review:CommentedOutCode")
  void run() {
    // cart.clear();
  }

  void other() { // Noncompliant@+1
    // cart.clear();
  }
}

@lombok.Generated
class GeneratedCode {
  void run() {
    // cart.clear();
  }
}
