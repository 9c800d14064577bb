package org.sonarreview.rules.comments;

import java.util.List;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.check.ReviewCheck;

/** Base of the checks that judge comments: hands them each token's {@link CommentBlock}s, in source order. */
public abstract class CommentBlockCheck extends ReviewCheck {

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
  public final void visitToken(SyntaxToken token) {
    List<CommentBlock> blocks = commentBlocks.before(token);
    if (!blocks.isEmpty()) {
      visitComments(blocks, token);
    }
  }

  /** The comment blocks in front of {@code token}, never empty. */
  protected abstract void visitComments(List<CommentBlock> blocks, SyntaxToken token);
}
