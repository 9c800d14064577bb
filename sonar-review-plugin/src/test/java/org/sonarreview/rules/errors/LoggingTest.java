package org.sonarreview.rules.errors;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.tree.CatchTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.Tree;

import static org.sonarreview.testing.TestFiles.testJars;

class LoggingTest {

  /** Reports each call that is, or may be, a logger call, with the verdict. */
  static class VerdictReporter extends IssuableSubscriptionVisitor {
    @Override
    public List<Tree.Kind> nodesToVisit() {
      return List.of(Tree.Kind.METHOD_INVOCATION);
    }

    @Override
    public void visitNode(Tree tree) {
      Logging.Verdict verdict = Logging.classify((MethodInvocationTree) tree);
      if (verdict != Logging.Verdict.NOT_LOGGER) {
        reportIssue(tree, verdict.name());
      }
    }
  }

  /** Reports the first certain logger call of each catch block that leaves the exception out. */
  static class LogWithoutExceptionReporter extends IssuableSubscriptionVisitor {
    @Override
    public List<Tree.Kind> nodesToVisit() {
      return List.of(Tree.Kind.CATCH);
    }

    @Override
    public void visitNode(Tree tree) {
      Logging.callLoggingWithoutTheException(new CatchBlock((CatchTree) tree))
        .ifPresent(call -> reportIssue(call, "logs without the exception"));
    }
  }

  @Test
  void recognises_the_logging_apis_and_project_loggers() {
    CheckVerifier.newVerifier()
      .onFile("src/test/files/helpers/errors/LoggingCases.java")
      .withCheck(new VerdictReporter())
      .withClassPath(testJars())
      .verifyIssues();
  }

  @Test
  void finds_log_calls_that_leave_the_exception_out() {
    CheckVerifier.newVerifier()
      .onFile("src/test/files/helpers/errors/LoggingCatchBlocks.java")
      .withCheck(new LogWithoutExceptionReporter())
      .withClassPath(testJars())
      .verifyIssues();
  }
}
