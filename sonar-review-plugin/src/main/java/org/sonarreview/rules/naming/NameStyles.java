package org.sonarreview.rules.naming;

import java.util.Locale;
import java.util.regex.Pattern;

/** The spelling conventions a Java name can follow, defined strictly so that unclear names count as neither. */
public final class NameStyles {

  /** Lowercase words joined by single underscores: {@code batch_size}, not {@code _x}, {@code x_} or {@code value_1}. */
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*+(?:_[a-z][a-z0-9]*+)++");
  /** A lowercase word followed by at least one capitalised word: {@code batchSize}; a lone {@code size} is neither. */
  private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-z0-9]*+[A-Z][A-Za-z0-9]*+");
  /** Constants: {@code MAX_SIZE}, {@code URL}, and {@code _LITERAL_NAMES} (a leading {@code _} hides nothing). */
  private static final Pattern UPPER_SNAKE = Pattern.compile("_*+[A-Z][A-Z0-9]*+(?:_++[A-Z0-9]++)*+_*+");

  private NameStyles() {
  }

  public static boolean isSnakeCase(String name) {
    return SNAKE_CASE.matcher(name).matches();
  }

  public static boolean isCamelCase(String name) {
    return CAMEL_CASE.matcher(name).matches();
  }

  public static boolean isUpperSnake(String name) {
    return UPPER_SNAKE.matcher(name).matches();
  }

  /** {@code batch_size} to {@code batchSize}. */
  public static String snakeToCamel(String snake) {
    StringBuilder camel = new StringBuilder(snake.length());
    boolean capitalise = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        capitalise = true;
      } else {
        camel.append(capitalise ? Character.toUpperCase(c) : c);
        capitalise = false;
      }
    }
    return camel.toString();
  }

  /** The case-insensitive key of a word: {@code URL}, {@code Url} and {@code url} share one. */
  public static String termKey(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
