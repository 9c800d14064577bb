package org.sonarreview.benchmark;

import java.nio.file.Path;

/** One source file of the corpus: its component (source jar or generated set) and physical line count. */
record CorpusFile(String component, Path path, int lines) {
}
