package org.sonarreview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The project README, whose generated-looking blocks the tests hold to the rule metadata. */
final class Readme {

  private Readme() {
  }

  /** The text between {@code <!-- name:start -->} and {@code <!-- name:end -->}, both markers left out. */
  static String block(String name) {
    String start = "<!-- " + name + ":start -->";
    String end = "<!-- " + name + ":end -->";
    String readme;
    try {
      readme = Files.readString(Path.of("../README.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int from = readme.indexOf(start);
    int to = readme.indexOf(end);
    assertThat(from).as("README markers " + start + " and " + end).isGreaterThanOrEqualTo(0).isLessThan(to);
    return readme.substring(from + start.length(), to);
  }
}
