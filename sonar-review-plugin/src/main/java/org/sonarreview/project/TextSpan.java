package org.sonarreview.project;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.Tree;

/** Where a project-level issue goes: lines 1-based, offsets 0-based within their line, as in SonarQube's TextRange. */
public record TextSpan(int startLine, int startOffset, int endLine, int endOffset) {

  /** From the first to the last token of a tree; line 1 for a tree without tokens. */
  public static TextSpan of(Tree tree) {
    SyntaxToken first = tree.firstToken();
    SyntaxToken last = tree.lastToken();
    if (first == null || last == null) {
      return new TextSpan(1, 0, 1, 0);
    }
    return new TextSpan(first.range().start().line(), first.range().start().columnOffset(),
      last.range().end().line(), last.range().end().columnOffset());
  }

  /** Writes the span in the analysis-cache codecs' form. */
  public void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(startLine);
    out.writeInt(startOffset);
    out.writeInt(endLine);
    out.writeInt(endOffset);
  }

  /** Reads a span written by {@link #writeTo}. */
  public static TextSpan readFrom(DataInputStream in) throws IOException {
    return new TextSpan(in.readInt(), in.readInt(), in.readInt(), in.readInt());
  }
}
