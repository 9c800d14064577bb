package org.sonarreview.rules.comments;

import java.util.List;
import java.util.stream.Collectors;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.SyntaxTrivia;
import org.sonarreview.tree.CommentToken;

/**
 * One comment as a reader sees it: a block comment, or a run of line comments on adjacent lines, each on a
 * line of its own. {@code owner} is the token the comments precede; it places the block in the syntax tree.
 *
 * @param comments the comment trivia, in source order
 * @param owner the token that follows the comments
 * @param trailing true for a comment that ends a line of code
 */
public record CommentBlock(List<SyntaxTrivia> comments, SyntaxToken owner, boolean trailing) {

  /** The text without comment markers: one line per line comment, {@code *} margins of block comments removed. */
  public String text() {
    return comments.stream().map(CommentBlock::content).collect(Collectors.joining("\n"));
  }

  public SyntaxTrivia first() {
    return comments.get(0);
  }

  /** The first comment, as a tree that issues can be reported on. */
  public SyntaxToken startToken() {
    return new CommentToken(first(), owner);
  }

  /** The last comment, as a tree that issues can be reported on. */
  public SyntaxToken endToken() {
    return new CommentToken(comments.get(comments.size() - 1), owner);
  }

  public boolean isLineComment() {
    return first().isComment(SyntaxTrivia.CommentKind.LINE);
  }

  private static String content(SyntaxTrivia trivia) {
    String comment = trivia.comment();
    if (trivia.isComment(SyntaxTrivia.CommentKind.LINE)) {
      return comment.substring(2);
    }
    String body = comment.substring(2, comment.length() - 2);
    return body.lines().map(line -> line.replaceFirst("^\\s*\\*(?!/)", "")).collect(Collectors.joining("\n"));
  }
}
