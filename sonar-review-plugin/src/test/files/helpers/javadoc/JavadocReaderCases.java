/**
 * Copyright 2026 ACME. Licensed under the Apache License, Version 2.0.
 */
import java.util.List;

/** The class doc. */
@Deprecated
class Documented { // Noncompliant {{line 6: The class doc.}}

  /** A field. */
  private int count; // Noncompliant {{line 10: A field.}}

  private int undocumented; // Noncompliant {{none}}

  /** Not this one. */
  /** Before the annotations, with an in-line "@param a" that is not a block tag. */
  @SuppressWarnings("x")
  @Deprecated
  void beforeAnnotations(int a) { } // Noncompliant {{line 16: Before the annotations, with an in-line "@param a" that is not a block tag.}}

  @SuppressWarnings("x")
  /** After the annotations. */
  public void afterAnnotations() { } // Noncompliant {{line 22: After the annotations.}}

  /* A block comment is not a doc comment. */
  void blockComment() { } // Noncompliant {{none}}

  // A line comment is not either.
  void lineComment() { } // Noncompliant {{none}}

  /**
   * Generic.
   * @param <T> the type
   * @return the list
   * @throws IllegalStateException never
   */
  <T> List<T> generic() { return null; } // Noncompliant {{line 31: Generic. @param <T> @return @throws IllegalStateException}}

  /** A constructor. */
  Documented() { } // Noncompliant {{line 39: A constructor.}}

  /// A Markdown doc comment
  /// on two lines.
  /// @param x the x
  void markdown(int x) { } // Noncompliant {{line 42: A Markdown doc comment on two lines. @param x}}
}

/**
 * A record.
 * @param left the left
 */
record Pair(int left) { // Noncompliant {{line 48: A record. @param left}} {{none}}
}

class NoDoc { // Noncompliant {{none}}
}
