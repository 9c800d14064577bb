package org.sonarreview.rules.comments;

import java.util.ArrayList;
import java.util.List;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.SyntaxTrivia;

/**
 * Groups the comments in front of each token into {@link CommentBlock}s. Feed every token in source order;
 * doc comments ({@code /**} and {@code ///}) are left out, since they document and never hold dead code.
 */
public final class CommentBlocks {

  private int previousTokenLine;

  /** Call at the start of each file. */
  public void reset() {
    previousTokenLine = 0;
  }

  /** The comment blocks in front of the token, in source order. */
  public List<CommentBlock> before(SyntaxToken token) {
    List<CommentBlock> blocks = new ArrayList<>();
    List<SyntaxTrivia> run = new ArrayList<>();
    for (SyntaxTrivia trivia : token.trivias()) {
      boolean lineComment = trivia.isComment(SyntaxTrivia.CommentKind.LINE) && !trivia.comment().startsWith("///");
      boolean trailing = trivia.startLine() == previousTokenLine;
      if (!run.isEmpty() && (!lineComment || trailing || trivia.startLine() != run.get(run.size() - 1).startLine() + 1)) {
        blocks.add(new CommentBlock(List.copyOf(run), token, false));
        run.clear();
      }
      if (lineComment && !trailing) {
        run.add(trivia);
      } else if (lineComment || trivia.isComment(SyntaxTrivia.CommentKind.BLOCK)) {
        blocks.add(new CommentBlock(List.of(trivia), token, trailing));
      }
    }
    if (!run.isEmpty()) {
      blocks.add(new CommentBlock(List.copyOf(run), token, false));
    }
    previousTokenLine = token.range().end().line();
    return blocks;
  }
}
