package org.sonarreview.javadoc;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sonar.check.Rule;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.check.ReviewCheck;

/**
 * Runs the reader on real syntax trees: a probe check reports, on each declaration's name, which doc
 * comment the reader found, and the test file states the expected answer next to each declaration.
 */
class JavadocReaderTest {

  @Test
  void finds_the_last_doc_comment_before_each_declaration() {
    CheckVerifier.newVerifier()
      .onFile("src/test/files/helpers/javadoc/JavadocReaderCases.java")
      .withCheck(new JavadocProbe())
      .withJavaVersion(23)
      .verifyIssues();
  }

  @Rule(key = "JavadocProbe")
  static class JavadocProbe extends ReviewCheck {

    @Override
    public List<Tree.Kind> nodesToVisit() {
      return List.of(Tree.Kind.CLASS, Tree.Kind.RECORD, Tree.Kind.INTERFACE, Tree.Kind.METHOD, Tree.Kind.CONSTRUCTOR, Tree.Kind.VARIABLE);
    }

    @Override
    public void visitNode(Tree tree) {
      if (tree instanceof VariableTree variable && !(variable.parent() instanceof ClassTree)) {
        return;
      }
      Tree name = tree instanceof ClassTree c ? c.simpleName() : tree instanceof MethodTree m ? m.simpleName() : ((VariableTree) tree).simpleName();
      String message = JavadocReader.javadocOf(tree)
        .map(javadoc -> "line " + javadoc.line() + ": " + javadoc.description().replaceAll("\\s+", " ")
          + javadoc.blockTags().stream().map(tag -> " @" + tag.tagName() + (tag.name() == null ? "" : " " + tag.name())).collect(Collectors.joining()))
        .orElse("none");
      reportIssue(name, message);
    }
  }
}
