package org.sonarreview.checks;

import java.util.List;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.checks.common.ReviewCheck;
import org.sonarreview.comments.CommentBlock;
import org.sonarreview.comments.CommentBlocks;
import org.sonarreview.comments.JavaCodeDetector;

/**
 * Comments that hold Java code: adjacent line comments are merged, and the merged text must parse with
 * JavaParser as statements, members or a compilation unit (see {@link JavaCodeDetector}).
 */
@Rule(key = "CommentedOutCode")
public class CommentedOutCodeCheck extends ReviewCheck {

  private final CommentBlocks commentBlocks = new CommentBlocks();

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.COMPILATION_UNIT, Tree.Kind.TOKEN);
  }

  @Override
  public void visitNode(Tree tree) {
    commentBlocks.reset();
  }

  @Override
  public void visitToken(SyntaxToken token) {
    for (CommentBlock block : commentBlocks.before(token)) {
      if (JavaCodeDetector.isCode(block.text())) {
        reportIssue(block.startToken(), block.endToken(), "Delete this commented-out code; version control keeps the old version.");
      }
    }
  }
}
