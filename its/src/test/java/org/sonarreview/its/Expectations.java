package org.sonarreview.its;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The expectations are data: tab-separated files under src/test/resources/org/sonarreview/its. Lines starting with
 * {@code #} and blank lines are ignored. Adding a rule means adding lines here, not test code.
 */
final class Expectations {

  /** One expected issue or hotspot. */
  record Finding(String rule, String file, int line, String message) {
    @Override
    public String toString() {
      return rule + "\t" + file + "\t" + line + "\t" + message;
    }
  }

  /** A file on which our rules must report nothing, and why. */
  record QuietFile(String file, String reason) {
  }

  /** One expected secondary location of an issue or hotspot, named by the issue's rule, file and line. */
  record Secondary(String rule, String file, int line, String secondaryFile, int secondaryLine, String message) {
    String issue() {
      return rule + "\t" + file + "\t" + line;
    }

    String location() {
      return secondaryFile + "\t" + secondaryLine + "\t" + message;
    }
  }

  private Expectations() {
  }

  static List<Secondary> secondaries(String resource) {
    List<Secondary> secondaries = new ArrayList<>();
    for (String[] columns : rows(resource, 6)) {
      secondaries.add(new Secondary(columns[0], columns[1], Integer.parseInt(columns[2]), columns[3], Integer.parseInt(columns[4]),
        columns[5]));
    }
    return secondaries;
  }

  static List<Finding> findings(String resource) {
    List<Finding> findings = new ArrayList<>();
    for (String[] columns : rows(resource, 4)) {
      findings.add(new Finding(columns[0], columns[1], Integer.parseInt(columns[2]), columns[3]));
    }
    return findings;
  }

  static List<QuietFile> quietFiles(String resource) {
    List<QuietFile> files = new ArrayList<>();
    for (String[] columns : rows(resource, 2)) {
      files.add(new QuietFile(columns[0], columns[1]));
    }
    return files;
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Expectations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + resource);
      }
      int lineNumber = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t", -1);
        if (row.length != columns) {
          throw new IllegalStateException(resource + ":" + lineNumber + " has " + row.length + " tab-separated columns, expected " + columns);
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
