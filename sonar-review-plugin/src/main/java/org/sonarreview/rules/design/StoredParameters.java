package org.sonarreview.rules.design;

import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.Arguments;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;

/** Constructor parameters that are values of the new object: stored in a field, or handed on to {@code this(...)}. */
public final class StoredParameters {

  private StoredParameters() {
  }

  /** True when a use of the parameter is {@code this.f = p}, {@code f = p} on a field, or an argument of {@code this(...)}. */
  public static boolean isStored(VariableTree parameter) {
    for (IdentifierTree usage : parameter.symbol().usages()) {
      Tree parent = usage.parent();
      if (parent instanceof AssignmentExpressionTree assignment && assignment.is(Tree.Kind.ASSIGNMENT)
        && assignment.expression() == usage && isField(assignment.variable())) {
        return true;
      }
      if (parent instanceof Arguments arguments && arguments.parent() instanceof MethodInvocationTree call
        && call.methodSelect() instanceof IdentifierTree select && "this".equals(select.name())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isField(ExpressionTree target) {
    Symbol symbol = null;
    if (target instanceof MemberSelectExpressionTree select && select.expression() instanceof IdentifierTree owner
      && "this".equals(owner.name())) {
      symbol = select.identifier().symbol();
    } else if (target instanceof IdentifierTree identifier) {
      symbol = identifier.symbol();
    }
    return symbol != null && symbol.isVariableSymbol() && symbol.owner() != null && symbol.owner().isTypeSymbol();
  }
}
