package com.acme;

import java.util.ArrayList;
import java.util.List;

class OrderAndMail { // Noncompliant {{Split this class: its members form 2 groups that share no field and no call; see the groups in the secondary locations.}}
//    ^^^^^^^^^^^^
  private static final int LIMIT = 10; // constants are not state: they do not link groups

  private final List<String> orders = new ArrayList<>();
//                           ^^^^^^< {{group 1: orders, addOrder(), countOrders(), clearOrders()}}
  private String smtpHost;
//               ^^^^^^^^< {{group 2: smtpHost, send(), connect(), log()}}

  OrderAndMail(String smtpHost) { // constructors are left out of the graph
    this.smtpHost = smtpHost;
    orders.clear();
  }

  void addOrder(String order) {
    if (orders.size() < LIMIT) {
      orders.add(order);
    }
  }

  int countOrders() {
    return orders.size();
  }

  void send(String to) {
    connect();
    log(to);
  }

  void connect() {
    log(smtpHost);
  }

  void log(String message) {
    System.out.println(message + smtpHost);
  }

  void clearOrders() {
    List<String> smtpHost = new ArrayList<>(); // a local shadows the field
    smtpHost.clear();
    orders.clear();
  }

  String getSmtpHost() { // accessors are left out of the graph
    return smtpHost;
  }

  @Override
  public String toString() { // toString, equals and hashCode are left out
    return orders + smtpHost;
  }
}

class Cohesive {
  private final List<String> items = new ArrayList<>();
  private int total;

  void add(String item) { items.add(item); total++; }
  void remove(String item) { items.remove(item); total--; }
  int total() { return total + items.size(); }
  void reset() { clear(); }
  void clear() { items.clear(); total = 0; }
  String first() { return items.get(0); }
}

class SmallGroups {
  // groups of 2 members are below minimumGroupSize
  void m1() { m2(); }
  void m2() { }
  void m3() { m4(); }
  void m4() { }
  void m5() { m6(); }
  void m6() { }
}

class FewMethods {
  private int a;
  private int b;
  void m1() { a++; }
  void m2() { a--; }
  void m3() { b++; }
  void m4() { b--; }
  void m5() { a = 1; }
}

final class Utilities {
  static int a(int x) { return x; }
  static int b(int x) { return x; }
  static int c(int x) { return x; }
  static int d(int x) { return x; }
  static int e(int x) { return x; }
  static int f(int x) { return x; }
}

class Inherits extends Base {
  // methods that use inherited state: cannot decide
  private int a;
  private int b;
  void m1() { a++; inheritedWork(); }
  void m2() { a--; }
  void m3() { a = 0; }
  void m4() { b++; }
  void m5() { b--; }
  void m6() { b = 0; }
}

class UnknownParent extends NotOnClasspath {
  private UnknownType a;
  private UnknownType b;
  void m1() { a.run(); super.run(); }
  void m2() { a.stop(); }
  void m3() { a.pause(); }
  void m4() { b.run(); }
  void m5() { b.stop(); }
  void m6() { b.pause(); }
}

@org.springframework.context.annotation.Configuration
class Config {
  private int a;
  private int b;
  void m1() { a++; }
  void m2() { a--; }
  void m3() { a = 0; }
  void m4() { b++; }
  void m5() { b--; }
  void m6() { b = 0; }
}

class NodeVisitor {
  private int a;
  private int b;
  void m1() { a++; }
  void m2() { a--; }
  void m3() { a = 0; }
  void m4() { b++; }
  void m5() { b--; }
  void m6() { b = 0; }
}

class RequestBuilder {
  private int a;
  private int b;
  void m1() { a++; }
  void m2() { a--; }
  void m3() { a = 0; }
  void m4() { b++; }
  void m5() { b--; }
  void m6() { b = 0; }
}

class ParseFailure extends RuntimeException {
  private int a;
  private int b;
  void m1() { a++; }
  void m2() { a--; }
  void m3() { a = 0; }
  void m4() { b++; }
  void m5() { b--; }
  void m6() { b = 0; }
}

class OrderServiceTest {
  private int a;
  private int b;
  @org.junit.jupiter.api.Test void m1() { a++; }
  void m2() { a--; }
  void m3() { a = 0; }
  void m4() { b++; }
  void m5() { b--; }
  void m6() { b = 0; }
}

record Pair(int a, int b) {
  int m1() { return a; }
  int m2() { return a + 1; }
  int m3() { return a + 2; }
  int m4() { return b; }
  int m5() { return b + 1; }
  int m6() { return b + 2; }
}

enum Mode {
  ON, OFF;
  private int a;
  private int b;
  void m1() { a++; }
  void m2() { a--; }
  void m3() { a = 0; }
  void m4() { b++; }
  void m5() { b--; }
  void m6() { b = 0; }
}

sealed interface Shape permits Circle { }
record Circle(double r) implements Shape { }

class Java21 { // Noncompliant
  private Shape shape;
  private String text;
  String describe() {
    return switch (shape) {
      case Circle(double r) when r > 1 -> "big";
      case Circle c -> "small";
    };
  }
  void reshape() { shape = new Circle(1); }
  void clearShape() { shape = null; }
  String block() {
    return text + """
      text block
      """;
  }
  void retext() { text = ""; }
  void clearText() { text = null; }
}

@SuppressWarnings("review:LowCohesionClass")
class Suppressed {
  private int a;
  private int b;
  void m1() { a++; }
  void m2() { a--; }
  void m3() { a = 0; }
  void m4() { b++; }
  void m5() { b--; }
  void m6() { b = 0; }
}

class Base {
  void inheritedWork() { }
}
