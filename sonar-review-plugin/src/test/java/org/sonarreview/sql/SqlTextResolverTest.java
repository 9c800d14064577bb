package org.sonarreview.sql;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.check.Rule;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.Tree;

import static org.sonarreview.testing.TestFiles.testJars;

class SqlTextResolverTest {

  /** Reports the resolved text of every SQL argument, or that there is none, so the test file can state it. */
  @Rule(key = "ResolvedSqlProbe")
  static final class ResolvedSqlProbe extends IssuableSubscriptionVisitor {
    @Override
    public List<Tree.Kind> nodesToVisit() {
      return List.of(Tree.Kind.METHOD_INVOCATION);
    }

    @Override
    public void visitNode(Tree tree) {
      MethodInvocationTree call = (MethodInvocationTree) tree;
      if (SqlApis.ALL_SQL_TEXT.matches(call)) {
        SqlApis.sqlArguments(call).forEach(argument -> reportIssue(argument, SqlTextResolver.resolve(argument)
          .map(resolved -> "[" + resolved.text() + "]" + (resolved.holes() ? " with holes" : "")
            + (resolved.conditional() ? " in branches" : ""))
          .orElse("not written here")));
      }
    }
  }

  @Test
  void resolves_the_text_the_code_writes() {
    CheckVerifier.newVerifier()
      .onFile("src/test/files/helpers/sql/ResolvedSql.java")
      .withCheck(new ResolvedSqlProbe())
      .withClassPath(testJars())
      .verifyIssues();
  }
}
