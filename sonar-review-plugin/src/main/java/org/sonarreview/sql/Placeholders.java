package org.sonarreview.sql;

import java.util.Set;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.LambdaExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;

/** Generated bind-placeholder lists such as {@code "?, ?, ?"}: safe, whatever their length. */
final class Placeholders {

  private static final Set<String> ELEMENT_PRODUCERS = Set.of("map", "mapToObj", "generate");
  static final MethodMatchers N_COPIES = MethodMatchers.create().ofTypes("java.util.Collections")
    .names("nCopies").withAnyParameters().build();

  private Placeholders() {
  }

  /** {@code map(id -> "?")}, {@code generate(() -> "?")} or {@code Collections.nCopies(n, "?")}: a stream link of constants. */
  static boolean producesConstant(MethodInvocationTree call) {
    if (N_COPIES.matches(call)) {
      return call.arguments().get(1).asConstant().isPresent();
    }
    return ELEMENT_PRODUCERS.contains(call.methodSymbol().name())
      && call.arguments().size() == 1
      && call.arguments().get(0) instanceof LambdaExpressionTree lambda
      && lambda.body() instanceof ExpressionTree body
      && body.asConstant().isPresent();
  }
}
