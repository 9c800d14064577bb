package com.acme;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import lombok.Cleanup;

class Locals {

  int basics(List<String> items) {
    int spareCount = 0; // Noncompliant {{Remove the unused local variable 'spareCount'.}}
    int count = items.size();
    int writtenOnly = 1; // Noncompliant {{Remove the unused local variable 'writtenOnly'.}}
    writtenOnly = 2;
    int compound = 0;
    compound += count; // a compound assignment reads the variable
    int a = 1, b = 2; // Noncompliant {{Remove the unused local variable 'b'.}}
    return count + a;
  }

  Supplier<Integer> capturedByLambda() {
    int captured = 3;
    return () -> captured; // uses inside lambdas count
  }

  int loops(List<String> items) {
    int total = 0;
    for (int i = 0, spare = 0; i < items.size(); i++) { // Noncompliant {{Remove the unused local variable 'spare'.}}
      total++;
    }
    for (String item : items) { // for-each variable: only `_` fixes it, which needs Java 22
      total++;
    }
    return total;
  }

  void resources(String path) throws IOException {
    try (InputStream in = new FileInputStream(path)) { // try-with-resources variable
      // closing is the point
    } catch (IOException e) { // catch parameters are not locals of this rule
      throw e;
    }
  }

  void annotated(String path) throws IOException {
    @Cleanup InputStream in = new FileInputStream(path); // annotated local such as Lombok's @Cleanup
  }

  void ignoredNames() {
    Object ignored = new Object(); // name matching ignoredNames
    Object unused = new Object(); // name matching ignoredNames
  }

  String patterns(Object o) {
    if (o instanceof String s) { // Noncompliant {{Remove the unused pattern variable 's'; 'instanceof' can test the type alone.}}
      return "string";
    }
    if (o instanceof Integer i && i > 0) {
      return "positive";
    }
    if (o instanceof Point(int x, int y)) { // record-pattern component `y`: only `_` fixes it, from Java 22
      return "x=" + x;
    }
    return switch (o) {
      case Long l -> "long"; // switch pattern: only `_` fixes it, from Java 22
      case Point p when p.x() > 0 -> "right";
      default -> """
        text block
        """;
    };
  }

  void lambdaParameters(List<String> items) {
    items.forEach(item -> System.out.println("x")); // lambda parameters are not locals of this rule
  }

  void switchStatement(int k) {
    switch (k) {
      case 1:
        int inCase = 2; // Noncompliant {{Remove the unused local variable 'inCase'.}}
        break;
      default:
        break;
    }
  }

  record Point(int x, int y) {
  }

  sealed interface Shape permits Square {
  }

  record Square(int side) implements Shape {
  }

  int sealedSwitch(Shape shape) {
    return switch (shape) {
      case Square sq -> sq.side();
    };
  }
}
