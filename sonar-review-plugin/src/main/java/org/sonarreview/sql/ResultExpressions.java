package org.sonarreview.sql;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.BlockTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.LambdaExpressionTree;
import org.sonar.plugins.java.api.tree.ReturnStatementTree;
import org.sonar.plugins.java.api.tree.SwitchExpressionTree;
import org.sonar.plugins.java.api.tree.YieldStatementTree;

/**
 * The values a method body returns or a switch expression yields (arrow cases included), leaving out those of
 * nested lambdas, classes and switch expressions.
 */
final class ResultExpressions extends BaseTreeVisitor {

  private final List<ExpressionTree> results = new ArrayList<>();
  private final SwitchExpressionTree owner;

  private ResultExpressions(@Nullable SwitchExpressionTree owner) {
    this.owner = owner;
  }

  static List<ExpressionTree> returnedBy(BlockTree body) {
    ResultExpressions visitor = new ResultExpressions(null);
    body.accept(visitor);
    return visitor.results;
  }

  static List<ExpressionTree> yieldedBy(SwitchExpressionTree switchExpression) {
    ResultExpressions visitor = new ResultExpressions(switchExpression);
    switchExpression.cases().forEach(caseGroup -> caseGroup.accept(visitor));
    return visitor.results;
  }

  @Override
  public void visitReturnStatement(ReturnStatementTree tree) {
    if (owner == null && tree.expression() != null) {
      results.add(tree.expression());
    }
  }

  @Override
  public void visitYieldStatement(YieldStatementTree tree) {
    if (owner != null) {
      results.add(tree.expression());
    }
  }

  @Override
  public void visitSwitchExpression(SwitchExpressionTree tree) {
    // its yields belong to it
  }

  @Override
  public void visitLambdaExpression(LambdaExpressionTree tree) {
    // returns of a lambda are not the method's
  }

  @Override
  public void visitClass(ClassTree tree) {
    // nor those of a local or anonymous class
  }
}
