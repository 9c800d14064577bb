package com.acme.lib;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.inject.Inject;
import jakarta.persistence.Entity;
import java.io.Serializable;

public final class Shapes {

  private Shapes() {
  }

  public sealed interface Shape permits Circle, Square {
    double area(); // never called, implemented below
  }

  public record Circle(double r) implements Shape {
    public double area() { // implementation
      return Math.PI * r * r;
    }

    public double r() { // record accessor
      return r;
    }
  }

  public record Square(double side) implements Shape {
    public double area() {
      return side * side;
    }
  }

  public static String describe(Shape shape) {
    return switch (shape) {
      case Circle c -> """
        circle
        """;
      case Square s -> "square";
    };
  }

  @Entity
  public static class Customer {
    private String name;

    public Customer() { // constructor of an annotated type
    }

    public String getName() { // accessor of an entity
      return name;
    }

    public void setName(String name) { // accessor of an entity
      this.name = name;
    }

    public void rename(String name) { // plain method of an annotated type: still checked
      this.name = name;
    }
  }

  public static class Payload implements Serializable {
    private int size;

    public int getSize() { // accessor of a Serializable bean
      return size;
    }
  }

  public static class Dto {
    @JsonProperty("n")
    private int n;

    public int getN() { // accessor of a Jackson-annotated type
      return n;
    }
  }

  public static class Service {
    @Inject
    public Service(Dto dto) { // annotated constructor
    }
  }

  public enum Color {
    RED;

    Color() { // enum constructor
    }
  }

  public @interface Marker {
    String value(); // annotation element
  }
}
