package com.acme;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeoutException;

/** Orders. */
class Orders {

  /**
   * Finds an order.
   */
  String find(long id, String region) throws IOException { // Noncompliant {{Complete this Javadoc: add '@param id', '@param region', '@return' (or '{@return}'), '@throws IOException'.}}
//       ^^^^
    return null;
  }

  /**
   * Counts orders.
   *
   * @param region the region
   * @param old a parameter that was removed
   * @return the count
   */
  int count(String region) { // Noncompliant {{Complete this Javadoc: remove '@param old' (no such parameter).}}
    return 0;
  }

  /**
   * Stores an order.
   *
   * @param order
   * @throws IOException
   */
  void store(String order) throws IOException { // Noncompliant {{Complete this Javadoc: describe '@param order', '@throws IOException'.}}
  }

  /**
   * Everything at once.
   *
   * @param gone no longer there
   * @return
   */
  int all(int kept) throws TimeoutException { // Noncompliant {{Complete this Javadoc: add '@param kept', '@throws TimeoutException'; remove '@param gone' (no such parameter); describe '@return'.}}
    return kept;
  }

  /**
   * Type parameters count once one is documented.
   *
   * @param <K> the key type
   * @param key the key
   * @return the value
   */
  <K, V> V typed(K key) { // Noncompliant {{Complete this Javadoc: add '@param <V>'.}}
    return null;
  }

  /**
   * Type parameters need no tag while none is documented.
   *
   * @param key the key
   * @return the value
   */
  <K, V> V untyped(K key) {
    return null;
  }

  /**
   * A stale type parameter.
   *
   * @param <T> no such type parameter
   */
  void staleType() { // Noncompliant {{Complete this Javadoc: remove '@param <T>' (no such parameter).}}
  }

  /**
   * {@return the name, never null}
   */
  String inlineReturn() { // {@return} counts as @return
    return "";
  }

  /**
   * Complete.
   *
   * @param path the path
   * @return the content
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if the path is blank: unchecked, never stale
   * @throws NullPointerException unchecked and not declared: never stale
   */
  String read(String path) throws IOException, IllegalStateException {
    return path;
  }

  /**
   * A superclass tag covers a subclass exception.
   *
   * @param path the path
   * @exception java.io.IOException if it cannot be read
   */
  void open(String path) throws FileNotFoundException {
  }

  /**
   * A type variable may stand for an unchecked exception: no tag claimed missing.
   *
   * @param <E> the exception type
   */
  <E extends Exception> void sneaky() throws E {
  }

  /**
   * Unchecked declared exceptions need no tag.
   */
  void unchecked() throws IllegalStateException, Error {
  }

  /**
   * Nothing to return.
   *
   * @return nothing
   */
  Void nothing() {
    return null;
  }

  /** {@inheritDoc} */
  public String toString() {
    return "";
  }

  /**
   * Overrides inherit their documentation.
   */
  @Override
  public boolean equals(Object other) {
    return false;
  }

  String undocumented(int a) { // no Javadoc: MissingJavadoc's business
    return null;
  }

  /**
   * A constructor.
   */
  Orders(int size) { // Noncompliant {{Complete this Javadoc: add '@param size'.}}
  }

  /// Markdown comments are checked too.
  ///
  /// @param size the size
  void markdown(int size, int extra) { // Noncompliant {{Complete this Javadoc: add '@param extra'.}}
  }

  @SuppressWarnings("review:IncompleteJavadoc")
  /** Suppressed. */
  int suppressed(int a) {
    return a;
  }
}

/**
 * A generic class.
 *
 * @param <T> the element type
 * @param stale no such parameter
 */
class Box<T, U> { // Noncompliant {{Complete this Javadoc: add '@param <U>'; remove '@param stale' (no such parameter).}}
}

/** A generic class whose type parameters are not documented at all. */
class Plain<T> {
}

/** Annotation elements document the element, not a result. */
@interface Marker {
  /** The value. */
  String value();
}

/**
 * A point.
 *
 * @param x the x
 */
record Point(int x, int y) { // Noncompliant {{Complete this Javadoc: add '@param y'.}}
  /**
   * The compact constructor is documented by the record.
   */
  Point {
    if (x < 0) {
      throw new IllegalArgumentException();
    }
  }
}

sealed interface Shape permits Circle, Square { }
record Circle(double r) implements Shape { }
record Square(double side) implements Shape { }

class Java21 {
  /**
   * Describes a shape.
   *
   * @param shape the shape
   */
  String describe(Shape shape) { // Noncompliant {{Complete this Javadoc: add '@return' (or '{@return}').}}
    return switch (shape) {
      case Circle c when c.r() > 1 -> """
        big
        """;
      case Circle c -> "circle";
      case Square(double side) -> "square";
    };
  }
}
