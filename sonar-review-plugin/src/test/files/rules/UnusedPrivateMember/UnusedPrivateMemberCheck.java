package com.acme;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.inject.Inject;
import lombok.Getter;
import org.junit.jupiter.params.provider.MethodSource;

class Orders implements Serializable {

  private static final long serialVersionUID = 1L; // serialization member
  private int count;
  private int unusedCount; // Noncompliant {{Remove the unused private field 'unusedCount'.}}
  private String a, b; // Noncompliant {{Remove the unused private field 'b'.}}

  @Inject
  private Object injected; // annotated member

  private Orders(int seed, String label) { // Noncompliant {{Remove the unused private constructor 'Orders(int, String)'.}}
    count = seed;
  }

  Orders() {
    count = helper();
  }

  private int helper() {
    return a.length();
  }

  private void unused() { // Noncompliant {{Remove the unused private method 'unused'.}}
  }

  private int recursive(int n) { // Noncompliant {{Remove the unused private method 'recursive'.}}
    return n == 0 ? 0 : recursive(n - 1);
  }

  private String referenced() {
    return "x";
  }

  private String inLambda() {
    return "y";
  }

  Supplier<String> reference() {
    return this::referenced; // method references count as uses
  }

  Supplier<String> lambda() {
    return () -> inLambda(); // calls inside lambdas count as uses
  }

  private void readObject(ObjectInputStream in) throws IOException { // serialization hook
  }

  private void writeObject(ObjectOutputStream out) throws IOException { // serialization hook
  }

  private Object readResolve() { // serialization hook
    return this;
  }

  private native void nativeCall(); // native method

  @Deprecated
  private void annotated() { // annotated member
  }

  private class UnusedInner { // Noncompliant {{Remove the unused private class 'UnusedInner'.}}
    private int insideUnusedType; // reported with its type, not again
  }

  private interface UnusedContract { // Noncompliant {{Remove the unused private interface 'UnusedContract'.}}
  }

  private static class UsedInner {
    private int value;
    private int neverRead; // Noncompliant {{Remove the unused private field 'neverRead'.}}
  }

  int useInner() {
    return new UsedInner().value;
  }

  private static class Base {
    private Base() { // called implicitly by Derived's constructor
    }
    Base(int x) {
    }
  }

  static class Derived extends Base {
  }

  void pattern(Object o) {
    if (o instanceof UsedRecord(int x)) {
      count += x;
    }
  }

  private record UsedRecord(int x) {
  }

  private record UnusedRecord(int y) { // Noncompliant {{Remove the unused private record 'UnusedRecord'.}}
  }

  private enum Color { RED; // enum constructors are left alone
    private Color() {
    }
  }

  Color color() {
    return Color.RED;
  }

  String text() {
    return """
      text block
      """ + count;
  }
}

final class Utility {
  private Utility() { // private no-argument constructor of a utility class
  }

  static int twice(int x) {
    return 2 * x;
  }
}

class Singleton {
  private static final Singleton INSTANCE = new Singleton();

  private Singleton() { // the only constructor: it forbids instantiation from outside
  }

  static Singleton instance() {
    return INSTANCE;
  }
}

class TwoConstructors {
  private final int x;

  private TwoConstructors() { // Noncompliant {{Remove the unused private constructor 'TwoConstructors()'.}}
    this(0);
  }

  TwoConstructors(int x) {
    this.x = x;
  }

  int x() {
    return x;
  }
}

@Entity
class Customer {
  private Long id;

  private Customer() { // JPA entity: the provider calls it
  }

  Customer(Long id) {
    this.id = id;
  }

  Long id() {
    return id;
  }
}

@Embeddable
class Address {
  private String street; // field of a JPA embeddable: the persistence provider reads it

  private void unusedHelper() { // Noncompliant {{Remove the unused private method 'unusedHelper'.}}
  }
}

class Payload {
  @JsonProperty("n")
  private String name;
  private int version; // field of a class mapped by Jackson: the mapper reads it
}

/** Like a Hibernate CompositeUserType: embeddable() hands the class to Hibernate, which reads its fields. */
class TimeMapping {
  public Class<?> embeddable() {
    return TimeEmbeddable.class;
  }

  public static class TimeEmbeddable {
    private java.time.Instant instant; // the class is handed out: whoever receives it reads the field

    private void unusedHelper() { // Noncompliant {{Remove the unused private method 'unusedHelper'.}}
    }
  }
}

class WithLogger {
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(WithLogger.class.getName());
  private int unread; // Noncompliant {{Remove the unused private field 'unread'.}}

  void log() {
    LOG.info("its own class literal, inside the class, hands nothing out");
  }
}

@Getter
class LombokBean {
  private String name; // fields of a class with Lombok annotations
}

class ParameterizedTests {
  @MethodSource("cases")
  void test(int x) {
  }

  private static Stream<Integer> cases() { // @MethodSource factory method
    return Stream.of(1, 2);
  }

  @MethodSource
  void defaulted(int x) {
  }

  private static List<Integer> defaulted() { // @MethodSource factory method named after the test
    return List.of(1);
  }

  @MethodSource({"com.acme.ParameterizedTests#external(int)"})
  void qualified(int x) {
  }

  private static List<Integer> external(int n) { // @MethodSource factory method given by its qualified name
    return List.of(n);
  }
}

sealed interface Shape permits Circle, Square {
}

record Circle(double r) implements Shape {
  private static final double UNUSED_PI = 3.14; // Noncompliant {{Remove the unused private field 'UNUSED_PI'.}}
}

record Square(double side) implements Shape {
}

class Switches {
  private static String describe(Shape shape) {
    return switch (shape) {
      case Circle c -> "circle " + c.r();
      case Square s -> "square " + s.side();
    };
  }

  String run(Shape shape) {
    return describe(shape);
  }

  Object anonymous() {
    return new Object() {
      private int unusedInAnonymous; // Noncompliant {{Remove the unused private field 'unusedInAnonymous'.}}
    };
  }
}
