package org.sonarreview.project.mappings;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Table and column names as the database sees them, for comparison: SQL names are case-insensitive (unless
 * quoted, which mappings rarely rely on), schema-qualified or not. A mapped name can reach the database as written
 * (Hibernate's default physical naming) or in snake_case (Spring Boot's {@code CamelCaseToUnderscoresNamingStrategy}),
 * so both forms are candidates.
 */
public final class PhysicalNames {

  private PhysicalNames() {
  }

  /** {@code consumers} for {@code Consumers}, {@code public.consumers}, {@code "Consumers"}, {@code [dbo].[Consumers]}. */
  public static String normalize(String sqlName) {
    return unqualified(sqlName).toLowerCase(Locale.ROOT);
  }

  /**
   * The names a mapped (logical) name may have in the database, normalized: {@code PurchaseOrder} gives
   * {@code purchaseorder} and {@code purchase_order}.
   */
  public static Set<String> candidates(String logicalName) {
    String name = unqualified(logicalName);
    Set<String> candidates = new LinkedHashSet<>(2);
    candidates.add(name.toLowerCase(Locale.ROOT));
    candidates.add(snakeCase(name));
    return candidates;
  }

  /**
   * An underscore before each upper-case letter that follows a lower-case one and precedes another, dots to
   * underscores, then lower case: {@code lastName} gives {@code last_name}, {@code orderID} stays {@code orderid}.
   */
  static String snakeCase(String name) {
    StringBuilder snake = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char current = name.charAt(i);
      if (i > 0 && i < name.length() - 1 && Character.isLowerCase(name.charAt(i - 1)) && Character.isUpperCase(current)
        && Character.isLowerCase(name.charAt(i + 1))) {
        snake.append('_');
      }
      snake.append(current == '.' ? '_' : current);
    }
    return snake.toString().toLowerCase(Locale.ROOT);
  }

  /** The last segment of a possibly qualified, possibly quoted name, unquoted. */
  private static String unqualified(String sqlName) {
    String name = sqlName.strip();
    if (name.length() > 1) {
      char last = name.charAt(name.length() - 1);
      char open = last == ']' ? '[' : last;
      if (last == '"' || last == '`' || last == ']') {
        int start = name.lastIndexOf(open, name.length() - 2);
        if (start >= 0) {
          return name.substring(start + 1, name.length() - 1);
        }
      }
    }
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
