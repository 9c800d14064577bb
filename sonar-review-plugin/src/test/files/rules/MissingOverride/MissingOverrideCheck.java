package com.acme;

import java.util.Comparator;
import java.util.function.Supplier;

interface Greeter {
  String greet(String name);

  default String farewell() {
    return "bye";
  }

  static Greeter create() {
    return name -> name;
  }
}

abstract class Animal {
  abstract String sound();

  String name() {
    return "animal";
  }

  static Animal of() {
    return null;
  }

  private void secret() {
  }
}

class Dog extends Animal implements Greeter {

  String sound() { // Noncompliant {{Add '@Override': 'sound' implements 'Animal.sound'.}}
//       ^^^^^
    return "woof";
  }

  String name() { // Noncompliant {{Add '@Override': 'name' overrides 'Animal.name'.}}
    return "dog";
  }

  public String greet(String name) { // Noncompliant {{Add '@Override': 'greet' implements 'Greeter.greet'.}}
    return "hi " + name;
  }

  public String farewell() { // Noncompliant {{Add '@Override': 'farewell' overrides 'Greeter.farewell'.}}
    return "ciao";
  }

  public String toString() { // Noncompliant {{Add '@Override': 'toString' overrides 'Object.toString'.}}
    return "Dog";
  }

  public boolean equals(Object other) { // Noncompliant {{Add '@Override': 'equals' overrides 'Object.equals'.}}
    return false;
  }

  @Override
  public int hashCode() {
    return 1;
  }

  @java.lang.Override
  protected Object clone() {
    return this;
  }

  static Animal of() { // static methods hide, they do not override
    return null;
  }

  private void secret() { // private methods do not override
  }

  void own() {
  }

  void name(String overload) { // an overload, not an override
  }
}

class Anonymous {
  Runnable task = new Runnable() {
    public void run() { // Noncompliant {{Add '@Override': 'run' implements 'Runnable.run'.}}
    }
  };

  Comparator<String> comparator = new Comparator<>() {
    @Override
    public int compare(String a, String b) {
      return 0;
    }
  };
}

enum Planet implements Supplier<String> {
  EARTH {
    String describe() { // Noncompliant {{Add '@Override': 'describe' overrides 'Planet.describe'.}}
      return "home";
    }
  };

  String describe() {
    return "planet";
  }

  public String get() { // Noncompliant {{Add '@Override': 'get' implements 'Supplier.get'.}}
    return name();
  }
}

sealed interface Shape permits Circle, Square {
  double area();
}

record Circle(double r) implements Shape {
  public double area() { // Noncompliant {{Add '@Override': 'area' implements 'Shape.area'.}}
    return Math.PI * r * r;
  }

  public double r() { // an explicit record accessor implements nothing
    return r;
  }
}

record Square(double side) implements Shape { // implicit accessor `side()`: nothing to annotate
  @Override
  public double area() {
    return side * side;
  }
}

interface Named {
  String label();
}

record Label(String label) implements Named { // the implicit accessor implements `Named.label`: nothing written to annotate
}

class Java21 {
  String describe(Shape shape) {
    return switch (shape) {
      case Circle c when c.r() > 1 -> """
        big
        """;
      case Circle c -> "circle";
      case Square(double side) -> "square";
    };
  }
}

class Suppressed implements Runnable {
  @SuppressWarnings("review:MissingOverride")
  public void run() {
  }
}

abstract class ErrorProneSuppressed implements Runnable {
  @SuppressWarnings("MissingOverride") // Error Prone's key: the supermethod does not exist on every platform
  public abstract void run();
}
