package org.sonarreview.tree;

import javax.annotation.Nullable;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.ParenthesizedTree;
import org.sonar.plugins.java.api.tree.TypeCastTree;

/** An expression under the parentheses and casts that wrap it. */
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
}
