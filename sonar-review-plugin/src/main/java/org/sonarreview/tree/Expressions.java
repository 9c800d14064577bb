package org.sonarreview.tree;

import javax.annotation.CheckForNull;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.LiteralTree;
import org.sonar.plugins.java.api.tree.ParenthesizedTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeCastTree;

/** An expression under the parentheses and casts that wrap it, and the constant it denotes. */
public final class Expressions {

  private Expressions() {
  }

  /** The expression under any parentheses: {@code x} for {@code ((x))}; null for null. */
  @Nullable
  public static ExpressionTree skipParentheses(@Nullable ExpressionTree expression) {
    ExpressionTree current = expression;
    while (current instanceof ParenthesizedTree parenthesized) {
      current = parenthesized.expression();
    }
    return current;
  }

  /** The expression under any parentheses and casts: {@code x} for {@code ((Object) (x))}. */
  public static ExpressionTree skipParenthesesAndCasts(ExpressionTree expression) {
    ExpressionTree current = skipParentheses(expression);
    while (current instanceof TypeCastTree cast) {
      current = skipParentheses(cast.expression());
    }
    return current;
  }

  /**
   * The string an expression denotes when it is constant: a literal, a constant field, a concatenation of them.
   * Without a semantic model only a plain literal is known. Null otherwise.
   */
  @CheckForNull
  public static String stringConstant(@Nullable ExpressionTree expression) {
    if (expression == null) {
      return null;
    }
    // SonarJava gives a literal's constant with its escapes as written.
    if (skipParentheses(expression) instanceof LiteralTree literal && literal.is(Tree.Kind.STRING_LITERAL)) {
      String quoted = literal.value();
      try {
        return unescape(quoted.substring(1, quoted.length() - 1));
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        return null;
      }
    }
    return expression.asConstant(String.class).orElse(null);
  }

  /** The characters a literal's escape sequences stand for: quotes, backslashes, control characters, unicode and octal escapes. */
  private static String unescape(String escaped) {
    StringBuilder text = new StringBuilder(escaped.length());
    int i = 0;
    while (i < escaped.length()) {
      char c = escaped.charAt(i++);
      if (c != '\\') {
        text.append(c);
        continue;
      }
      char code = escaped.charAt(i++);
      int end = i;
      if (code == 'u') {
        while (escaped.charAt(i) == 'u') {
          i++;
        }
        end = i + 4;
        text.append((char) Integer.parseInt(escaped.substring(i, end), 16));
      } else if (code >= '0' && code <= '7') {
        int longest = i - 1 + (code <= '3' ? 3 : 2);
        while (end < Math.min(longest, escaped.length()) && escaped.charAt(end) >= '0' && escaped.charAt(end) <= '7') {
          end++;
        }
        text.append((char) Integer.parseInt(escaped.substring(i - 1, end), 8));
      } else {
        text.append(switch (code) {
          case 'b' -> '\b';
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'f' -> '\f';
          case 'r' -> '\r';
          case 's' -> ' ';
          default -> code;
        });
      }
      i = end;
    }
    return text.toString();
  }
}
