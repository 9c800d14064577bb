/*
 * Copyright 2024 ACME Corp. Licensed under the Apache License, Version 2.0;
 * you may not use this file except in compliance with the License;
 */
package com.acme;

// Noncompliant@+2 {{Delete this commented-out code; version control keeps the old version.}}

// import java.util.Map;
import java.util.List;

/**
 * Javadoc examples are left alone:
 * <pre>
 *   Orders orders = new Orders();
 *   orders.place(cart);
 * </pre>
 * and so is {@code orders.place(cart);}
 */
class Orders {

  /// Markdown doc comments are left alone too:
  /// `orders.place(cart);`
  void place(List<String> cart) {
    int total = 0; // Noncompliant@+1 {{Delete this commented-out code; version control keeps the old version.}}
    // total = cart.size();
    // if (total > 10) {
    //   discount(total);
    // }
    run(); // Noncompliant@+2

    // for (String item : cart) {
    //   total += item.length();
    // }
    run(); // Noncompliant@+1
    /* cart.clear(); */
    run(); // Noncompliant@+1 {{Delete this commented-out code; version control keeps the old version.}}
    // stop();
    run();

    // Prose that ends in a semicolon is left alone;
    // See below;
    // Note: this is important;
    run();
    // http://example.com/orders;
    // https://example.com/{id}
    run();
    // return;
    // }
    // break;
    run();
    // e.g. place(cart);
    // Check the cart first: it may be empty
    run();
  }

  // Noncompliant@+2

  // private int legacyTotal;
  // void reset() {
  //   legacyTotal = 0;
  // }

  void run() {
    String text = """
      // not a comment: cart.clear();
      """;
  }

  void discount(int total) {
  }
}

sealed interface Shape permits Circle { }
record Circle(double r) implements Shape {
  void log(Shape shape) { // Noncompliant@+1
    // if (shape instanceof Circle(double r)) { System.out.println(r); }
  }

  String describe(Shape shape) {
    return switch (shape) {
      case Circle c -> "circle";
      // case Square s -> "square"; (a lone case label does not parse: left alone)
    };
  }
}

class Unknown extends NotOnClasspath {
  void run() {
    UnknownType value = UnknownFactory.create(); // Noncompliant@+1
    // value.process(UnknownOther.X);
  }
}

