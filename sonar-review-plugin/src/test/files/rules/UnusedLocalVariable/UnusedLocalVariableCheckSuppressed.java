package com.acme;

class Suppressed {

  @SuppressWarnings("review:UnusedLocalVariable")
  void reviewKey() {
    int unusedLocal = 1;
  }

  @SuppressWarnings("unused")
  void javacKey() {
    int unusedLocal = 1;
  }
}

@javax.annotation.processing.Generated("tool")
class GeneratedCode {
  void run() {
    int unusedLocal = 1;
  }
}
