package org.sonarreview.javadoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sonar.plugins.java.api.tree.SyntaxTrivia;

/**
 * Turns comment trivia into doc comments: a {@code /**} comment is one doc comment, and consecutive
 * {@code ///} lines form one Markdown doc comment.
 */
public final class DocComments {

  private final List<SyntaxTrivia> markdownRun = new ArrayList<>();
  private final List<Javadoc> docComments = new ArrayList<>();

  /** Feeds the next comment, in source order. */
  public void accept(SyntaxTrivia trivia) {
    if (isMarkdown(trivia)) {
      if (!markdownRun.isEmpty() && trivia.startLine() != lastLine(markdownRun.get(markdownRun.size() - 1)) + 1) {
        closeMarkdownRun();
      }
      markdownRun.add(trivia);
      return;
    }
    closeMarkdownRun();
    if (trivia.isComment(SyntaxTrivia.CommentKind.JAVADOC)) {
      parse(() -> JavadocParser.parseBlockComment(trivia.comment(), trivia.startLine()));
    }
  }

  /** The doc comments fed so far, in source order. */
  public List<Javadoc> docComments() {
    closeMarkdownRun();
    return docComments;
  }

  /** The last doc comment fed, if any. */
  public Optional<Javadoc> last() {
    List<Javadoc> all = docComments();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private void closeMarkdownRun() {
    if (markdownRun.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (SyntaxTrivia line : markdownRun) {
      text.append(line.comment()).append('\n');
    }
    int firstLine = markdownRun.get(0).startLine();
    markdownRun.clear();
    parse(() -> JavadocParser.parseMarkdownComment(text.toString(), firstLine));
  }

  private void parse(Supplier<Javadoc> parser) {
    try {
      docComments.add(parser.get());
    } catch (RuntimeException e) {
      // A comment the parser cannot read is treated as absent: rules stay silent rather than guess.
    }
  }

  static boolean isMarkdown(SyntaxTrivia trivia) {
    return trivia.isComment(SyntaxTrivia.CommentKind.MARKDOWN) || trivia.comment().startsWith("///");
  }

  static boolean isDocComment(SyntaxTrivia trivia) {
    return trivia.isComment(SyntaxTrivia.CommentKind.JAVADOC) || isMarkdown(trivia);
  }

  private static int lastLine(SyntaxTrivia trivia) {
    return trivia.range().end().line();
  }
}
