package org.sonarreview.sql;

import java.util.Locale;

/**
 * A token of JPQL or HQL text.
 *
 * @param type what the token is
 * @param text the token as written (a string literal with its quotes)
 * @param start the offset of its first character in the text
 * @param end the offset after its last character
 */
record JpqlToken(Type type, String text, int start, int end) {

  enum Type {
    /** A name or a keyword: the grammar, not the tokenizer, tells them apart. */
    IDENTIFIER,
    STRING,
    NUMBER,
    /** {@code :name}. */
    NAMED_PARAMETER,
    /** {@code ?1}. */
    NUMBERED_PARAMETER,
    /** {@code ?}: JDBC's, not JPQL's. */
    UNNUMBERED_PARAMETER,
    /** An operator or a punctuation mark. */
    SYMBOL,
    END
  }

  /** True for this keyword, in any case. */
  boolean is(String keyword) {
    return type == Type.IDENTIFIER && text.equalsIgnoreCase(keyword);
  }

  /** Keywords and identification variables are case-insensitive: they compare in lower case. */
  String lowerCase() {
    return text.toLowerCase(Locale.ROOT);
  }

  boolean isSymbol(String symbol) {
    return type == Type.SYMBOL && text.equals(symbol);
  }
}
