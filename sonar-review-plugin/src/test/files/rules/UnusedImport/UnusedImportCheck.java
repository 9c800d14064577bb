/*
 * Licensed under the Apache License 2.0: a license header before the package.
 */
package com.acme.orders;

import java.lang.String; // Noncompliant {{Remove this import of 'java.lang.String': 'java.lang' is imported implicitly.}}
import java.lang.reflect.Method;
import java.util.List;
import java.util.List; // Noncompliant {{Remove this duplicate import of 'java.util.List'.}}
import java.util.Map; // Noncompliant {{Remove this unused import of 'java.util.Map'.}}
import com.acme.orders.Order; // Noncompliant {{Remove this import of 'com.acme.orders.Order': types of the same package need no import.}}
import com.acme.orders.Order.Line;
import com.acme.billing.Invoice; // Noncompliant {{Remove this unused import of 'com.acme.billing.Invoice'.}}
import com.acme.billing.Customer;
import static java.lang.Math.max;
import static java.util.Collections.emptyList; // Noncompliant {{Remove this unused import of 'java.util.Collections.emptyList'.}}
import static java.util.Collections.singletonList;
import java.util.*;
import java.io.IOException;
import java.io.File;
import java.io.Serializable;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.nio.file.Path;
import java.nio.charset.Charset;
import java.util.regex.Pattern; // Noncompliant {{Remove this unused import of 'java.util.regex.Pattern'.}}
import javax.annotation.Nullable;
import com.acme.shapes.Shape;
import com.acme.shapes.Circle;
import com.acme.shapes.Square;
import com.acme.annotations.NonNullElements;

/**
 * Keeps orders. See {@link Callable} and {@linkplain Function#apply(Object) apply}.
 *
 * @see File
 */
class OrderBook {

  private List<Line> lines = singletonList(null);
  private Method accessor;
  private Path storage;
  private ThreadLocal<int @NonNullElements []> cells;

  /**
   * Reads the book.
   *
   * @throws IOException when the disk fails
   * @see #convert(Duration[], Serializable)
   */
  void read() throws Exception {
    int biggest = max(1, 2);
  }

  /// Markdown doc comments count too: [Instant] and [LocalDate#now()].
  void convert(Object[] durations, Object value) {
  }

  @Nullable
  Customer owner() {
    return null;
  }

  /** {@link Charset#forName(String) charset}, a reference with a label. {@value Supplier#CONSTANT} */
  String describe(Shape shape) {
    // Java 21 syntax: sealed hierarchies, patterns, text blocks.
    return switch (shape) {
      case Circle c when c.radius() > 10 -> """
        big circle
        """;
      case Circle c -> "circle";
      case Square(double side) -> "square " + side;
      default -> "shape";
    };
  }
}
