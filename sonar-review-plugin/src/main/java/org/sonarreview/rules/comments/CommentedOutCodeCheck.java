package org.sonarreview.rules.comments;

import java.util.List;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.tree.SyntaxToken;

/**
 * Comments that hold Java code: adjacent line comments are merged, and the merged text must parse with
 * JavaParser as statements, members or a compilation unit (see {@link JavaCodeDetector}).
 */
@Rule(key = "CommentedOutCode")
public class CommentedOutCodeCheck extends CommentBlockCheck {

  @Override
  protected void visitComments(List<CommentBlock> blocks, SyntaxToken token) {
    for (CommentBlock block : blocks) {
      if (JavaCodeDetector.isCode(block.text())) {
        reportIssue(block.startToken(), block.endToken(), "Delete this commented-out code; version control keeps the old version.");
      }
    }
  }
}
