package org.sonarreview.tree;

import java.util.List;
import org.sonar.plugins.java.api.location.Range;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.SyntaxTrivia;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TreeVisitor;

/**
 * A comment seen as a token, so that issues can be reported on it: SonarJava cannot report on trivia
 * directly. Its parent is the token the comment precedes, so suppression and {@code @Generated} are
 * decided by the declaration that holds the comment.
 */
public final class CommentToken implements SyntaxToken {

  private final SyntaxTrivia comment;
  private final SyntaxToken owner;

  public CommentToken(SyntaxTrivia comment, SyntaxToken owner) {
    this.comment = comment;
    this.owner = owner;
  }

  @Override
  public String text() {
    return comment.comment();
  }

  @Override
  public List<SyntaxTrivia> trivias() {
    return List.of();
  }

  @Override
  public int line() {
    return comment.range().start().line();
  }

  @Override
  public int column() {
    return comment.range().start().columnOffset();
  }

  @Override
  public Range range() {
    return comment.range();
  }

  @Override
  public boolean is(Kind... kinds) {
    return List.of(kinds).contains(Kind.TOKEN);
  }

  @Override
  public void accept(TreeVisitor visitor) {
    // Not part of the syntax tree: nothing to visit.
  }

  @Override
  public Tree parent() {
    return owner;
  }

  @Override
  public SyntaxToken firstToken() {
    return this;
  }

  @Override
  public SyntaxToken lastToken() {
    return this;
  }

  @Override
  public Kind kind() {
    return Kind.TOKEN;
  }
}
