package org.sonarreview.its;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Analyses a Maven project with sonar-maven-plugin, run as a {@code mvn} subprocess (the project is compiled first:
 * SonarJava needs its classes), then waits for the compute engine.
 */
public final class Scanner {

  private static final long CE_TIMEOUT_SECONDS = 600;

  private Scanner() {
  }

  /** The outcome: the compute engine task and the times it took. */
  public record Analysis(String projectKey, String ceTaskId, String analysisId, long scannerMillis, long ceMillis, long peakMemoryMb) {
  }

  /**
   * Runs {@code mvn test-compile sonar:sonar} on the project in {@code projectDir}. {@code logFile} receives Maven's
   * output; when null, it goes to this process's output.
   */
  public static Analysis analyse(SonarApi api, String token, Path projectDir, String projectKey, Map<String, String> properties, Path logFile) {
    List<String> command = new ArrayList<>();
    command.add(BuildInfo.mvn());
    command.add("-B");
    command.add("-ntp");
    command.add("-Dmaven.repo.local=" + BuildInfo.localRepository());
    command.add("-f");
    command.add(projectDir.resolve("pom.xml").toString());
    command.add("test-compile");
    command.add("org.sonarsource.scanner.maven:sonar-maven-plugin:" + BuildInfo.get("sonar.scanner.maven.version") + ":sonar");
    command.add("-Dsonar.host.url=" + api.baseUrl());
    command.add("-Dsonar.token=" + token);
    command.add("-Dsonar.projectKey=" + projectKey);
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));

    Path reportTask = projectDir.resolve("target/sonar/report-task.txt");
    try {
      Files.deleteIfExists(reportTask);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Log.info("Analysing " + projectDir + " as " + projectKey + (logFile == null ? "" : " (log: " + logFile + ")"));
    long start = System.nanoTime();
    long peakMb = runMeasured(command, projectDir, logFile);
    long scannerMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    String ceTaskId = readProperty(reportTask, "ceTaskId");
    JsonNode task = waitForComputeEngine(api, ceTaskId);
    long ceMillis = task.path("executionTimeMs").asLong();
    Log.info(String.format("Analysis of %s: scanner %.1f s, compute engine %.1f s (peak scanner memory %d MB)",
      projectKey, scannerMillis / 1000.0, ceMillis / 1000.0, peakMb));
    return new Analysis(projectKey, ceTaskId, task.path("analysisId").asText(), scannerMillis, ceMillis, peakMb);
  }

  private static long runMeasured(List<String> command, Path dir, Path logFile) {
    Process process = Processes.start(command, dir, logFile, Map.of());
    try (MemorySampler memory = new MemorySampler(process.toHandle(), "scanner")) {
      int exit = process.waitFor();
      if (exit != 0) {
        throw new IllegalStateException("The analysis failed (mvn exit code " + exit + ")"
          + (logFile == null ? "" : ":\n--- last lines of " + logFile + " ---\n" + Processes.tail(logFile, 80)));
      }
      return memory.peakMb();
    } catch (InterruptedException e) {
      Processes.stopTree(process.toHandle(), 10);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted during the analysis", e);
    }
  }

  /** Polls /api/ce/task until the task is done; fails when it did not succeed. */
  public static JsonNode waitForComputeEngine(SonarApi api, String ceTaskId) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CE_TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      JsonNode task = api.get("/api/ce/task", "id", ceTaskId).path("task");
      String status = task.path("status").asText();
      switch (status) {
        case "SUCCESS":
          return task;
        case "FAILED", "CANCELED":
          throw new IllegalStateException("Compute engine task " + ceTaskId + " ended " + status + ": " + task.path("errorMessage").asText()
            + "\n" + task.path("errorStacktrace").asText());
        default:
          try {
            Thread.sleep(500);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the compute engine", e);
          }
      }
    }
    throw new IllegalStateException("Compute engine task " + ceTaskId + " did not finish in " + CE_TIMEOUT_SECONDS + " s");
  }

  private static String readProperty(Path file, String key) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("The scanner wrote no " + file + ": did the analysis run?");
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(file + " has no " + key);
    }
    return value;
  }
}
