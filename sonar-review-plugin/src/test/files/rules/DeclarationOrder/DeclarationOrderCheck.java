// Each class is the only one of its shape in the file: no layout is a habit here, so nothing is flagged.
package com.acme;

import java.util.List;

class Ordered {
  static final int LIMIT = 3;
  private static int counter;
  private final String name;
  private int size;

  static {
    counter = 1; // initializer blocks are not ranked
  }

  Ordered(String name) {
    this.name = name;
  }

  void run() { }

  static Ordered of(String name) {
    return new Ordered(name);
  }

  class Inner { }
  enum State { ON, OFF }
}

class Messy {
  private String name;
  private static final int LIMIT = 3;
  private static int other; // only the first misplaced member of a kind gets an issue
  void run() { }
  private int size;
  Messy() { }
  Messy(int size) { }
  class Inner { }
  void stop() { }
  void pause() { }
}

class NestedFirst {
  record Point(int x, int y) { }
  private List<Point> points;
}

interface Api {
  void call();
  int DEFAULT = 1;
}

enum Color {
  RED, GREEN; // enum constants are not ranked
  private static final String PREFIX = "color"; // after the constants, where Java requires them: in order
  private final int code = 1;
  Color() { }
  int code() { return code; }
}

record Range(int from, int to) {
  static final Range EMPTY = new Range(0, 0);
  Range {
    if (from > to) {
      throw new IllegalArgumentException();
    }
  }
  int length() { return to - from; }
}

sealed interface Shape permits Circle, Square {
  default String describe() {
    return switch (this) {
      case Circle c when c.r() > 1 -> """
        big circle
        """;
      case Circle c -> "circle";
      case Square(double side) -> "square";
    };
  }
}
record Circle(double r) implements Shape { }
record Square(double side) implements Shape {
  double area() { return side * side; }
  Square() {
    this(1);
  }
}

class Anonymous {
  Runnable task = new Runnable() {
    public void run() { }
    private int count;
  };
}

class Unknown extends NotOnClasspath {
  private UnknownType value;
  Unknown() { super(UnknownFactory.create()); }
  UnknownType value() { return value; }
}

@SuppressWarnings("review:DeclarationOrder")
class Suppressed {
  void run() { }
  private int size;
}
