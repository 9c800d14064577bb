package org.sonarreview.rules.types;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.Arguments;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonarreview.tree.Expressions;

/** Class literals ({@code List.class}) and the types they name. */
public final class ClassLiterals {

  private ClassLiterals() {
  }

  /** The type named by a class literal, parentheses aside; null when the expression is no class literal. */
  @Nullable
  public static Type namedType(@Nullable ExpressionTree expression) {
    ExpressionTree tree = Expressions.skipParentheses(expression);
    if (tree instanceof MemberSelectExpressionTree select && "class".equals(select.identifier().name())) {
      Type named = select.expression().symbolType();
      return named.isUnknown() ? null : named;
    }
    return null;
  }

  /**
   * Fully qualified names of the types whose class literals make up a value: the value itself
   * ({@code List.class}), or the direct arguments of the call or instantiation that computes it
   * ({@code new StandardStack<>(Supplier.class)}, {@code load(Foo.class)}).
   */
  public static Set<String> namedBy(@Nullable ExpressionTree value) {
    Set<String> names = new HashSet<>();
    Type itself = namedType(value);
    if (itself != null) {
      names.add(itself.fullyQualifiedName());
    }
    Arguments arguments = null;
    if (value instanceof NewClassTree newClass) {
      arguments = newClass.arguments();
    } else if (value instanceof MethodInvocationTree invocation) {
      arguments = invocation.arguments();
    }
    if (arguments != null) {
      for (ExpressionTree argument : arguments) {
        Type named = namedType(argument);
        if (named != null) {
          names.add(named.fullyQualifiedName());
        }
      }
    }
    return names;
  }
}
