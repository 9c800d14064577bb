package org.sonarreview.its;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Samples the resident memory of a process tree (Linux /proc) every second and keeps the peak. */
public final class MemorySampler implements AutoCloseable {

  private final ProcessHandle root;
  private final Thread thread;
  private volatile long peakKb;
  private volatile boolean running = true;

  public MemorySampler(ProcessHandle root, String name) {
    this.root = root;
    this.thread = new Thread(this::loop, "memory-sampler-" + name);
    this.thread.setDaemon(true);
    this.thread.start();
  }

  private void loop() {
    while (running && root.isAlive()) {
      long total = Stream.concat(Stream.of(root), root.descendants()).mapToLong(MemorySampler::rssKb).sum();
      peakKb = Math.max(peakKb, total);
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** VmRSS from /proc/<pid>/status, in kB; 0 when the process is gone. */
  static long rssKb(ProcessHandle process) {
    try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      return lines.filter(line -> line.startsWith("VmRSS:"))
        .map(line -> line.replaceAll("\\D", ""))
        .filter(digits -> !digits.isEmpty())
        .mapToLong(Long::parseLong)
        .findFirst().orElse(0);
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }

  public long peakMb() {
    return peakKb / 1024;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
