package org.sonarreview.its;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs helper commands (mvn, chown, useradd) and stops process trees. */
public final class Processes {

  private Processes() {
  }

  /**
   * Runs {@code command} in {@code dir} and fails unless it exits with 0. Output goes to {@code logFile} when given,
   * else to this process's own output.
   */
  /** Starts the command in {@code dir}, its output going to {@code logFile} (or to ours when null). */
  public static Process start(List<String> command, Path dir, Path logFile, Map<String, String> environment) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(environment);
    if (logFile == null) {
      builder.inheritIO();
    } else {
      try {
        Files.createDirectories(logFile.getParent());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      builder.redirectErrorStream(true).redirectOutput(logFile.toFile());
    }
    try {
      return builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
    }
  }

  public static void run(List<String> command, Path dir, Path logFile) {
    run(command, dir, logFile, Map.of());
  }

  public static void run(List<String> command, Path dir, Path logFile, Map<String, String> environment) {
    Process process = start(command, dir, logFile, environment);
    try {
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IllegalStateException("Command failed with exit code " + exit + ": " + String.join(" ", command)
          + (logFile == null ? "" : "\n--- last lines of " + logFile + " ---\n" + tail(logFile, 60)));
      }
    } catch (InterruptedException e) {
      stopTree(process.toHandle(), 10);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command.get(0), e);
    }
  }

  /** Output of a short command, or null when it fails. */
  public static String output(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes()).strip();
      return process.waitFor() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * SIGTERM to {@code root}, a wait of up to {@code graceSeconds} for it and for every process it had started, then
   * SIGKILL for whatever is left. Children are listed before the signal: once their parent is gone they are
   * re-parented and no longer its descendants.
   */
  public static void stopTree(ProcessHandle root, long graceSeconds) {
    List<ProcessHandle> descendants = root.descendants().toList();
    root.destroy();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
    waitUntil(root, deadline);
    for (ProcessHandle child : descendants) {
      waitUntil(child, deadline);
    }
    // Anything the root started late, or that ignored SIGTERM.
    for (ProcessHandle child : descendants) {
      if (child.isAlive()) {
        Log.info("Process " + child.pid() + " ignored SIGTERM; killing it");
        child.destroyForcibly();
      }
    }
    if (root.isAlive()) {
      Log.info("Process " + root.pid() + " ignored SIGTERM; killing it");
      root.destroyForcibly();
    }
    for (ProcessHandle handle : descendants) {
      waitUntil(handle, System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
    }
    waitUntil(root, System.nanoTime() + TimeUnit.SECONDS.toNanos(10));
  }

  private static void waitUntil(ProcessHandle handle, long deadlineNanos) {
    long remaining = deadlineNanos - System.nanoTime();
    if (remaining <= 0 || !handle.isAlive()) {
      return;
    }
    try {
      handle.onExit().get(remaining, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      // timed out: the caller escalates
    }
  }

  public static String tail(Path file, int lines) {
    try {
      if (!Files.isRegularFile(file)) {
        return "(no " + file.getFileName() + ")";
      }
      List<String> all = Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(cannot read " + file + ": " + e.getMessage() + ")";
    }
  }
}
