package com.acme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

class Config {
  Duration timeout;
  static final int RETRIES = 3;

  Duration timeout() {
    return timeout;
  }

  Map<String, Integer> limits() {
    return Map.of();
  }

  User owner() {
    return null;
  }

  User convert(String userName) {
    return null;
  }
}

class User {
  String name;
}

class NonObvious {

  void flagged(Config config, List<String> items) {
    var wait = config.timeout(); // Noncompliant {{Replace 'var' with 'Duration': neither 'wait' nor its initializer shows the type.}}
//  ^^^
    var limits = config.limits(); // Noncompliant {{Replace 'var' with 'Map': neither 'limits' nor its initializer shows the type.}}
    var field = config.timeout; // Noncompliant {{Replace 'var' with 'Duration': neither 'field' nor its initializer shows the type.}}
    var count = items.size(); // Noncompliant {{Replace 'var' with 'int': neither 'count' nor its initializer shows the type.}}
    var result = config.convert("userName"); // Noncompliant {{Replace 'var' with 'User': neither 'result' nor its initializer shows the type.}}
    var printed = items.size(); // Noncompliant {{Replace 'var' with 'int': neither 'printed' nor its initializer shows the type.}}
    var retries = (Config.RETRIES); // Noncompliant {{Replace 'var' with 'int': neither 'retries' nor its initializer shows the type.}}
  }

  void ownerIsNotAUser(Config config) {
    var owner = config.owner(); // Noncompliant {{Replace 'var' with 'User': neither 'owner' nor its initializer shows the type.}}
  }

  void leftAlone(Config config, List<String> items) throws IOException {
    var list = new ArrayList<String>(); // constructor
    var text = "literal"; // literal
    var number = 42; // literal
    var casted = (Object) config; // cast
    var delay = Duration.ofSeconds(5); // factory on the type
    var copy = List.copyOf(items); // factory on the type
    var maybe = Optional.of(config); // factory on the type
    var parsed = Integer.valueOf("1"); // factory on the type
    var timeoutDuration = config.timeout(); // the variable's name shows the type
    var sizeInt = items.size(); // the variable's name shows the type
    var ownerUser = config.owner(); // the variable's name shows the type
    var keys = config.limits().keySet(); // the call shows the type (`keySet`)
    for (var item : items) { // for-each over a typed collection
      item.length();
    }
    try (var reader = new BufferedReader(new StringReader(""))) { // try-with-resources
      reader.readLine();
    }
    try (var other = open()) { // try-with-resources with a call
      other.readLine();
    }
    String typed = config.owner().name; // no var
    java.util.function.BiFunction<String, String, String> f = (var a, var b) -> a + b; // lambda parameters
  }

  static BufferedReader open() {
    return null;
  }

  <T> void generic(java.util.function.Supplier<T> supplier) {
    var value = supplier.get(); // a type variable: nothing better to write
  }
}

sealed interface Shape permits Circle, Square { }
record Circle(double r) implements Shape { }
record Square(double side) implements Shape { }

class Java21 {
  String describe(Shape shape) {
    var radius = shape instanceof Circle c ? c.r() : 0; // a conditional, not a call
    var text = """
      block
      """;
    var area = ((Circle) shape).r(); // Noncompliant {{Replace 'var' with 'double': neither 'area' nor its initializer shows the type.}}
    return switch (shape) {
      case Circle c when c.r() > 1 -> text;
      case Circle c -> "circle";
      case Square(double side) -> "square";
    };
  }
}

class Suppressed {
  @SuppressWarnings("review:NonObviousVar")
  void quiet(Config config) {
    var wait = config.timeout();
  }
}
