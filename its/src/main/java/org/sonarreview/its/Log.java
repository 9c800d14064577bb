package org.sonarreview.its;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Progress lines on stderr, so that the run command's stdout holds only the summary. */
public final class Log {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private Log() {
  }

  public static void info(String message) {
    System.err.println("[review " + LocalTime.now().format(TIME) + "] " + message);
    System.err.flush();
  }
}
