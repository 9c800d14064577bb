package org.sonarreview.benchmark;

import java.nio.file.Path;

/**
 * One file of the corpus: its component (source jar, generated set or application), its physical line count, and
 * whether it is test code (analysed as a TEST file, as a scanner analyses a project's test sources).
 */
record CorpusFile(String component, Path path, int lines, boolean test) {

  /** Main code. */
  CorpusFile(String component, Path path, int lines) {
    this(component, path, lines, false);
  }
}
