package com.acme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

class RawTypes {

  List names; // Noncompliant {{Add type arguments to the raw type 'List'.}}
//^^^^
  List<String> typed;
  java.util.Set qualified; // Noncompliant {{Add type arguments to the raw type 'java.util.Set'.}}
  Map<String, List> nested; // Noncompliant {{Add type arguments to the raw type 'List'.}}
  List<? extends Comparable> bound; // Noncompliant {{Add type arguments to the raw type 'Comparable'.}}
  Map.Entry entry; // Noncompliant {{Add type arguments to the raw type 'Map.Entry'.}}
  String notGeneric;
  int primitive;

  List rawReturn() { // Noncompliant {{Add type arguments to the raw type 'List'.}}
    return null;
  }

  void parameters(Optional value, List<String> typedValue) { // Noncompliant {{Add type arguments to the raw type 'Optional'.}}
    ArrayList local = new ArrayList(); // Noncompliant 2
    List<String> diamond = new ArrayList<>();
    Object o = new HashMap(); // Noncompliant {{Add type arguments to the raw type 'HashMap'.}}
    Object cast = (List) o; // Noncompliant {{Add type arguments to the raw type 'List'.}}
    Object typedCast = (List<?>) o;
    Comparator anonymous = new Comparator() { // Noncompliant 2
      @Override
      public int compare(Object a, Object b) {
        return 0;
      }
    };
    var inferred = new ArrayList<String>(); // var: the type is inferred, nothing written
  }

  void leftAlone(Object o) {
    Class<?> literal = List.class; // class literal
    boolean test = o instanceof List; // instanceof without type arguments
    if (o instanceof Map map) { // type pattern: an instanceof test
      map.size();
    }
    List<String>[] array = new List[3]; // array creation of a generic type
    List[] rawArray = null; // arrays of generic types are left alone
    Function<String, Integer> lambda = (String s) -> s.length();
  }
}

class Legacy implements Comparable {
  @Override
  public int compareTo(Object other) { // forced by the overridden signature
    return 0;
  }
}

abstract class Base {
  abstract List items(List filter); // Noncompliant 2
}

class Sub extends Base {
  List items(List filter) { // raw types forced by the overridden signature
    return filter;
  }
}

class Inner<T> {
  class Node {
  }

  Node head; // a member of a generic class, implicitly parameterized: not raw
}

sealed interface Shape permits Circle, Square { }
record Circle(double r) implements Shape { }
record Square(double side) implements Shape { }
record Box(List content) { } // Noncompliant {{Add type arguments to the raw type 'List'.}}

class Java21 {
  String describe(Object shape) {
    return switch (shape) {
      case Circle c when c.r() > 1 -> """
        big
        """;
      case Box(List content) -> "box"; // record pattern: an instanceof test
      case List list -> "list"; // type pattern
      default -> "other";
    };
  }
}

@SuppressWarnings("rawtypes")
class SuppressedByJavacKey {
  List names;
}

class SuppressedByReviewKey {
  @SuppressWarnings("review:RawGenericType")
  List names;

  @SuppressWarnings("unchecked")
  List other; // Noncompliant {{Add type arguments to the raw type 'List'.}}
}

// Raw type arguments forced by a class literal: List.class is a Class<List>, never a Class<List<String>>.
class ForcedByClassLiterals {
  static class Stack<T> {
    Stack(Class<T> type) {
    }
  }

  static <T> List<T> load(Class<T> type) {
    return null;
  }

  Stack<List> inferred = new Stack<>(List.class);
  Stack<Map> explicit = new Stack<Map>(Map.class);
  Class<List> literal = List.class;
  List<Optional> loaded = load(Optional.class);
  Stack<List> noLiteral = new Stack<>(null); // Noncompliant {{Add type arguments to the raw type 'List'.}}
  Stack<List> otherLiteral = new Stack(Map.class); // Noncompliant 2
  List topLevel = load(List.class); // Noncompliant {{Add type arguments to the raw type 'List'.}}

  Class<Map<?, ?>> recast() {
    return (Class) Map.class; // the only casts to a Class<Map<?, ?>> go through raw Class or Class<?>
  }

  Object needlessRecast() {
    return (Class) String.class; // Noncompliant {{Add type arguments to the raw type 'Class'.}}
  }

  Object otherRecast(Object o) {
    return (List) Map.class; // Noncompliant {{Add type arguments to the raw type 'List'.}}
  }
}
