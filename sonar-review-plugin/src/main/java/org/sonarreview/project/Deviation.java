package org.sonarreview.project;

/** A finding the project's conventions confirmed: the issue to report, with the convention in its message. */
public record Deviation(String uri, TextSpan span, String message) {
}
