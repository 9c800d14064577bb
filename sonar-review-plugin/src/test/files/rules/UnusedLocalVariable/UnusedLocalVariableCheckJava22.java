package com.acme;

import java.util.List;

class UnnamedVariables {

  int loops(List<String> items) {
    int total = 0;
    for (String item : items) { // Noncompliant {{Replace the unused variable 'item' with '_'.}}
      total++;
    }
    for (String _ : items) { // `_` itself
      total++;
    }
    return total;
  }

  String patterns(Object o) {
    if (o instanceof Point(int x, int y)) { // Noncompliant {{Replace the unused variable 'y' with '_'.}}
      return "x=" + x;
    }
    if (o instanceof Point(int x, int _)) {
      return "x=" + x;
    }
    return switch (o) {
      case Long l -> "long"; // Noncompliant {{Replace the unused variable 'l' with '_'.}}
      default -> "other";
    };
  }

  record Point(int x, int y) {
  }
}
