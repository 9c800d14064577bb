package com.acme;

import java.util.List;
import java.util.Map;

class Signatures {

  void withinLimits(int a, int b, int c, String d, String e, long f, boolean g) { }

  void tooMany(int a, String b, int c, String d, int e, String f, int g, String h) { } // Noncompliant {{Method `tooMany` has 8 parameters (max 7); group related parameters into a parameter object.}}

  void flags(String name, boolean dryRun, Boolean verbose) { } // Noncompliant {{Method `flags` has 2 boolean parameters (max 1); group related parameters into a parameter object.}}

  void swappable(String source, String target, String owner, String label) { } // Noncompliant {{Method `swappable` has 4 adjacent `String` parameters (max 3); group related parameters into a parameter object.}}

  void everything(String a, String b, String c, String d, boolean e, boolean f, int g, int h) { } // Noncompliant {{Method `everything` has 8 parameters (max 7), 2 boolean parameters (max 1) and 4 adjacent `String` parameters (max 3); group related parameters into a parameter object.}}

  void genericRun(List<String> a, List<String> b, List<String> c, List<String> d) { } // Noncompliant {{Method `genericRun` has 4 adjacent `List<String>` parameters (max 3); group related parameters into a parameter object.}}

  void differentArguments(List<String> a, List<Integer> b, List<String> c, List<String> d) { }

  void varargs(int a, int b, int c, int... d) { }

  static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) { return null; } // numbered overload family

  static long fromBytes(byte b1, byte b2, byte b3, byte b4, byte b5, byte b6, byte b7, byte b8) { return 0; } // numbered overload family

  static int compare(Boolean left, Boolean right) { return 0; } // booleans are the values, not flags

  void numberedButMixed(String a1, String a2, String a3, String a4, String name) { } // Noncompliant {{Method `numberedButMixed` has 5 adjacent `String` parameters (max 3); group related parameters into a parameter object.}}

  void interrupted(String a, String b, String c, int d, String e) { }

  Signatures(int x, int y, int width, int height) { } // Noncompliant {{Constructor `Signatures` has 4 adjacent `int` parameters (max 3); group related parameters into a parameter object.}}

  Signatures() { }
}

interface Exporter {
  void export(String report, boolean compress, boolean encrypt); // Noncompliant {{Method `export` has 2 boolean parameters (max 1); group related parameters into a parameter object.}}
}

class CsvExporter implements Exporter {
  public void export(String report, boolean compress, boolean encrypt) { } // implements: the signature is imposed

  @Override
  public boolean equals(Object other) {
    return false;
  }
}

class UnknownParent extends SomethingNotOnTheClasspath {
  void maybeOverride(boolean a, boolean b) { } // unknown hierarchy: cannot decide, stays silent
}

class Injected {
  @jakarta.inject.Inject
  Injected(String a, String b, String c, String d, boolean e, boolean f, int g, int h) { }
}

class Json {
  @JsonCreator
  Json(String a, String b, String c, String d) { }
}

@Service
class OrderService {
  OrderService(Repository a, Repository b, Repository c, Repository d, Map<String, String> e, boolean f, boolean g, int h) { }
}

@Component
class TwoConstructors {
  TwoConstructors(String a, String b, String c, String d) { } // Noncompliant {{Constructor `TwoConstructors` has 4 adjacent `String` parameters (max 3); group related parameters into a parameter object.}}
  TwoConstructors() { }
}

record Rectangle(int x, int y, int width, int height, boolean filled, boolean visible, String a, String b) {
  Rectangle {
    if (width < 0) {
      throw new IllegalArgumentException();
    }
  }

  Rectangle(int x, int y, int width, int height, boolean filled, boolean visible, String a, String b, String c) { // Noncompliant {{Constructor `Rectangle` has 9 parameters (max 7), 2 boolean parameters (max 1) and 4 adjacent `int` parameters (max 3); group related parameters into a parameter object.}}
    this(x, y, width, height, filled, visible, a, b);
  }
}

record Canonical(String a, String b, String c, String d) {
  Canonical(String a, String b, String c, String d) {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }
}

class ParameterizedTests {
  @org.junit.jupiter.params.ParameterizedTest
  void cases(String a, String b, String c, String d, boolean e, boolean f, int g, int h) { }
}

sealed interface Shape permits Circle, Square { }
record Circle(double r) implements Shape { }
record Square(double side) implements Shape { }

class Java21 {
  String describe(Shape shape, boolean a, boolean b) { // Noncompliant {{Method `describe` has 2 boolean parameters (max 1); group related parameters into a parameter object.}}
    return switch (shape) {
      case Circle c when c.r() > 1 -> """
        big
        """;
      case Circle c -> "circle";
      case Square(double side) -> "square";
    };
  }
}
