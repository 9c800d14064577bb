package org.sonarreview.sql;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.Tree;

/** {@code StringBuilder} and {@code StringBuffer} chains. */
final class Builders {

  private Builders() {
  }

  static boolean isBuilder(Type type) {
    return type.is("java.lang.StringBuilder") || type.is("java.lang.StringBuffer");
  }

  /** The value an {@code append}, {@code insert} or {@code replace} call adds; null for other calls. */
  @Nullable
  static ExpressionTree appendedValue(MethodInvocationTree call) {
    String name = call.methodSymbol().name();
    List<ExpressionTree> arguments = call.arguments();
    if ("append".equals(name) && !arguments.isEmpty()) {
      return arguments.get(0);
    }
    if ("insert".equals(name) && arguments.size() >= 2) {
      return arguments.get(1);
    }
    if ("replace".equals(name) && arguments.size() == 3) {
      return arguments.get(2);
    }
    return null;
  }

  /** The builder calls chained on one use of a builder variable: {@code sb.append(a).append(b)} gives both appends. */
  static List<MethodInvocationTree> chainStartingAt(IdentifierTree usage) {
    List<MethodInvocationTree> chain = new ArrayList<>();
    Tree current = usage;
    if (usage.parent() instanceof MemberSelectExpressionTree qualified && qualified.identifier() == usage) {
      // this.sql.append(...)
      current = qualified;
    }
    while (current.parent() instanceof MemberSelectExpressionTree select && select.expression() == current
      && select.parent() instanceof MethodInvocationTree call && isBuilder(call.symbolType())) {
      chain.add(call);
      current = call;
    }
    return chain;
  }
}
