package org.sonarreview.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sonarreview.sql.JpqlToken.Type;

/**
 * Splits JPQL or HQL text into tokens. Follows HQL 6's lexical rules where the two languages differ: {@code '...'}
 * and {@code "..."} strings, {@code /* *}{@code /} comments skipped. Characters neither language has ({@code ;},
 * {@code #}, {@code {}, a backslash...), SQL's {@code ::} casts and {@code --} comments, backtick-quoted names (rare
 * in HQL, common in MySQL) and unterminated strings or comments make the text unreadable: {@link Optional#empty()}.
 */
final class JpqlTokenizer {

  private static final Set<String> TWO_CHARACTER_SYMBOLS = Set.of("<>", "<=", ">=", "!=", "^=", "||", "->");
  private static final String ONE_CHARACTER_SYMBOLS = "().,=<>+-*/%|&[]!^";

  private final String text;
  private final List<JpqlToken> tokens = new ArrayList<>();
  private int position;

  private JpqlTokenizer(String text) {
    this.text = text;
  }

  static Optional<List<JpqlToken>> tokenize(String text) {
    JpqlTokenizer tokenizer = new JpqlTokenizer(text);
    if (!tokenizer.readAll()) {
      return Optional.empty();
    }
    tokenizer.tokens.add(new JpqlToken(Type.END, "", text.length(), text.length()));
    return Optional.of(List.copyOf(tokenizer.tokens));
  }

  private boolean readAll() {
    while (position < text.length()) {
      char c = text.charAt(position);
      boolean read;
      if (Character.isWhitespace(c)) {
        position++;
        read = true;
      } else if (text.startsWith("/*", position)) {
        read = skipComment();
      } else if (Character.isJavaIdentifierStart(c)) {
        read = add(Type.IDENTIFIER, identifierEnd(position + 1));
      } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(charAt(position + 1)))) {
        read = add(Type.NUMBER, numberEnd(position + 1));
      } else if (c == '\'' || c == '"') {
        read = string(c);
      } else if (c == '?') {
        read = parameter();
      } else if (c == ':') {
        read = Character.isJavaIdentifierStart(charAt(position + 1))
          && add(Type.NAMED_PARAMETER, identifierEnd(position + 2));
      } else {
        read = symbol();
      }
      if (!read) {
        return false;
      }
    }
    return true;
  }

  private boolean skipComment() {
    int close = text.indexOf("*/", position + 2);
    position = close + 2;
    return close >= 0;
  }

  private boolean string(char quote) {
    int index = position + 1;
    while (index < text.length()) {
      if (text.charAt(index) == quote) {
        if (charAt(index + 1) != quote) {
          return add(Type.STRING, index + 1);
        }
        // A doubled quote stands for one quote inside the string.
        index++;
      }
      index++;
    }
    return false;
  }

  private boolean parameter() {
    int end = position + 1;
    while (Character.isDigit(charAt(end))) {
      end++;
    }
    return add(end > position + 1 ? Type.NUMBERED_PARAMETER : Type.UNNUMBERED_PARAMETER, end);
  }

  private boolean symbol() {
    if (text.startsWith("--", position)) {
      return false;
    }
    if (position + 2 <= text.length() && TWO_CHARACTER_SYMBOLS.contains(text.substring(position, position + 2))) {
      return add(Type.SYMBOL, position + 2);
    }
    return ONE_CHARACTER_SYMBOLS.indexOf(text.charAt(position)) >= 0 && add(Type.SYMBOL, position + 1);
  }

  private int identifierEnd(int from) {
    int end = from;
    while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Digits, a fraction, an exponent and type suffixes: {@code 12}, {@code 1.5e3}, {@code 10L}, {@code 2.0BD}. */
  private int numberEnd(int from) {
    int end = from;
    while (end < text.length()) {
      char c = text.charAt(end);
      boolean exponentSign = (c == '+' || c == '-') && (text.charAt(end - 1) == 'e' || text.charAt(end - 1) == 'E');
      if (Character.isLetterOrDigit(c) || c == '_' || exponentSign || (c == '.' && Character.isDigit(charAt(end + 1)))) {
        end++;
      } else {
        return end;
      }
    }
    return end;
  }

  private boolean add(Type type, int end) {
    tokens.add(new JpqlToken(type, text.substring(position, end), position, end));
    position = end;
    return true;
  }

  private char charAt(int index) {
    return index < text.length() ? text.charAt(index) : '\0';
  }
}
