package org.sonarreview.rules.errors;

import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.LambdaExpressionTree;

/**
 * Visits only the code that runs where it is written: lambda bodies and nested or anonymous classes run later,
 * elsewhere, so what they throw or log does not happen in the visited block.
 */
abstract class SameFrameVisitor extends BaseTreeVisitor {

  @Override
  public void visitClass(ClassTree tree) {
    // Runs later, elsewhere.
  }

  @Override
  public void visitLambdaExpression(LambdaExpressionTree lambda) {
    // Runs later, elsewhere.
  }
}
