package org.sonarreview.project;

/** Where a project-level issue goes: lines 1-based, offsets 0-based within their line, as in SonarQube's TextRange. */
public record TextSpan(int startLine, int startOffset, int endLine, int endOffset) {
}
