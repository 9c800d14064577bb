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
//               ^^^^> {{first instance field}}
  private static final int LIMIT = 3; // Noncompliant {{Move this static field before the instance fields; members go in the order static fields, instance fields, constructors, methods, nested types.}}
//                         ^^^^^
  private static int other; // only the first misplaced member of a kind gets an issue
  void run() { }
//     ^^^> {{first method}}
  private int size; // Noncompliant {{Move this instance field before the methods; members go in the order static fields, instance fields, constructors, methods, nested types.}}
//            ^^^^
  Messy() { } // Noncompliant {{Move this constructor before the methods; members go in the order static fields, instance fields, constructors, methods, nested types.}}
  Messy(int size) { }
  class Inner { }
  void stop() { } // Noncompliant {{Move this method before the nested types; members go in the order static fields, instance fields, constructors, methods, nested types.}}
  void pause() { }
}

class NestedFirst {
  record Point(int x, int y) { }
  private List<Point> points; // Noncompliant {{Move this instance field before the nested types; members go in the order static fields, instance fields, constructors, methods, nested types.}}
}

interface Api {
  void call();
  int DEFAULT = 1; // Noncompliant {{Move this static field before the methods; members go in the order static fields, instance fields, constructors, methods, nested types.}}
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
  Square() { // Noncompliant {{Move this constructor before the methods; members go in the order static fields, instance fields, constructors, methods, nested types.}}
    this(1);
  }
}

class Anonymous {
  Runnable task = new Runnable() {
    public void run() { }
    private int count; // Noncompliant {{Move this instance field before the methods; members go in the order static fields, instance fields, constructors, methods, nested types.}}
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
