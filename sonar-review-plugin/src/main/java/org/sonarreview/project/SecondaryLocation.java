package org.sonarreview.project;

/** A secondary location of a project-level issue, possibly in another file than the issue. */
public record SecondaryLocation(String uri, TextSpan span, String message) {
}
