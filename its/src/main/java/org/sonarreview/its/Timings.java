package org.sonarreview.its;

import java.util.ArrayList;
import java.util.List;

/** Durations and peaks measured during a run, printed at the end (the suite's closing note quotes them). */
public final class Timings {

  private static final List<String> LINES = new ArrayList<>();

  private Timings() {
  }

  public static synchronized void record(String what, long nanos) {
    String line = String.format("%-45s %8.1f s", what, nanos / 1e9);
    LINES.add(line);
    Log.info("timing: " + line.strip().replaceAll(" +", " "));
  }

  public static synchronized void recordValue(String what, String value) {
    String line = String.format("%-45s %10s", what, value);
    LINES.add(line);
    Log.info("measure: " + what + " = " + value);
  }

  public static synchronized List<String> lines() {
    return List.copyOf(LINES);
  }
}
