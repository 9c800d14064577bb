package com.acme;

import java.util.List;
import java.util.Map;

class Signatures {

  void withinLimits(int a, int b, int c, String d, String e, long f, boolean g) { }

  void tooMany(int a, String b, int c, String d, int e, String f, int g, String h) { } // Noncompliant {{Method 'tooMany' has 8 parameters (max 7); group related parameters into a parameter object.}}

  void flags(String name, boolean dryRun, Boolean verbose) { } // Noncompliant {{Method 'flags' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}

  void swappable(String source, String target, String owner, String label) { } // Noncompliant {{Method 'swappable' has 4 adjacent 'String' parameters (max 3); group related parameters into a parameter object.}}

  void everything(String host, String user, String password, String schema, boolean e, boolean f, int g, int h) { } // Noncompliant {{Method 'everything' has 8 parameters (max 7), 2 boolean parameters (max 1) and 4 adjacent 'String' parameters (max 3); group related parameters into a parameter object.}}

  void genericRun(List<String> names, List<String> labels, List<String> roles, List<String> tags) { } // Noncompliant {{Method 'genericRun' has 4 adjacent 'List<String>' parameters (max 3); group related parameters into a parameter object.}}

  void differentArguments(List<String> a, List<Integer> b, List<String> c, List<String> d) { }

  void varargs(int a, int b, int c, int... d) { }

  static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) { return null; } // numbered overload family

  static long fromBytes(byte b1, byte b2, byte b3, byte b4, byte b5, byte b6, byte b7, byte b8) { return 0; } // numbered overload family

  static int compare(Boolean left, Boolean right) { return 0; } // booleans are the values, not flags

  void numberedButMixed(String name, String part1, String part3, String label) { } // Noncompliant {{Method 'numberedButMixed' has 4 adjacent 'String' parameters (max 3); group related parameters into a parameter object.}}

  // Positional runs stand for one varargs parameter: overload families such as Guava's concat and verify.
  static <T> Iterable<T> concat(Iterable<? extends T> a, Iterable<? extends T> b, Iterable<? extends T> c, Iterable<? extends T> d) { return null; }

  static void verify(boolean expression, String template, Object p1, Object p2, Object p3, Object p4) { }

  static String format(String pattern, Object arg0, Object arg1, Object arg2, Object arg3, Object arg4, Object arg5, Object arg6) { return pattern; } // 9 parameters, 3 units

  void aroundSequence(Object first, Object second, Object arg1, Object arg2, Object last) { } // Noncompliant {{Method 'aroundSequence' has 5 adjacent 'Object' parameters (max 3); group related parameters into a parameter object.}}

  void coordinates(double x, double y, double z, double w) { } // Noncompliant {{Method 'coordinates' has 4 adjacent 'double' parameters (max 3); group related parameters into a parameter object.}}

  void lettersNotFromA(String b, String c, String d, String e) { } // Noncompliant {{Method 'lettersNotFromA' has 4 adjacent 'String' parameters (max 3); group related parameters into a parameter object.}}

  void numbersWithGap(String name1, String name2, String name4, String name5) { } // all numbered: the older family exemption

  void interrupted(String a, String b, String c, int d, String e) { }

  Signatures(int x, int y, int width, int height) { } // Noncompliant {{Constructor 'Signatures' has 4 adjacent 'int' parameters (max 3); group related parameters into a parameter object.}}

  Signatures() { }
}

interface Exporter {
  void export(String report, boolean compress, boolean encrypt); // Noncompliant {{Method 'export' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}
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
  Json(String host, String user, String password, String schema) { }
}

@Service
class OrderService {
  OrderService(Repository a, Repository b, Repository c, Repository d, Map<String, String> e, boolean f, boolean g, int h) { }
}

@Component
class TwoConstructors {
  TwoConstructors(String host, String user, String password, String schema) { } // Noncompliant {{Constructor 'TwoConstructors' has 4 adjacent 'String' parameters (max 3); group related parameters into a parameter object.}}
  TwoConstructors() { }
}

record Rectangle(int x, int y, int width, int height, boolean filled, boolean visible, String title, String label) {
  Rectangle {
    if (width < 0) {
      throw new IllegalArgumentException();
    }
  }

  Rectangle(int x, int y, int width, int height, boolean filled, boolean visible, String title, String label, String note) { // Noncompliant {{Constructor 'Rectangle' has 9 parameters (max 7), 2 boolean parameters (max 1) and 4 adjacent 'int' parameters (max 3); group related parameters into a parameter object.}}
    this(x, y, width, height, filled, visible, title, label);
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

// Private constructors whose booleans are stored: values of the object, given names by its static factories.
final class Range {
  private final boolean hasLower;
  private final boolean hasUpper;
  private final boolean deferred;
  private boolean touched;

  private Range(String name, boolean hasLower, boolean hasUpper) {
    this(name, hasLower, hasUpper, true);
  }

  private Range(String name, boolean hasLower, boolean upper, boolean deferred) {
    this.hasLower = hasLower;
    hasUpper = upper;
    this.deferred = deferred;
    if (hasLower) {
      touched = true;
    }
  }

  private Range(boolean hasLower, boolean hasUpper, int size) { // Noncompliant {{Constructor 'Range' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}
    this.hasLower = hasLower;
    this.hasUpper = size > 0;
    this.deferred = false;
    if (hasUpper) {
      touched = true;
    }
  }

  Range(String name, boolean lower, boolean upper, int size) { // Noncompliant {{Constructor 'Range' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}
    this.hasLower = lower;
    this.hasUpper = upper;
    this.deferred = false;
  }

  private void set(boolean lower, boolean upper, int size) { // Noncompliant {{Method 'set' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}
    touched = lower;
    touched = upper;
  }

  static Range atLeast(String name) {
    return new Range(name, true, false);
  }
}

// IntelliJ's suppression comment: this rule has no javac key, so only ALL silences it.
class Noinspection {
  //noinspection ALL
  void silenced(String name, boolean dryRun, boolean verbose) { }

  //noinspection rawtypes
  void otherKey(String name, boolean dryRun, boolean verbose) { } // Noncompliant {{Method 'otherKey' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}
}

sealed interface Shape permits Circle, Square { }
record Circle(double r) implements Shape { }
record Square(double side) implements Shape { }

class Java21 {
  String describe(Shape shape, boolean a, boolean b) { // Noncompliant {{Method 'describe' has 2 boolean parameters (max 1); group related parameters into a parameter object.}}
    return switch (shape) {
      case Circle c when c.r() > 1 -> """
        big
        """;
      case Circle c -> "circle";
      case Square(double side) -> "square";
    };
  }
}
