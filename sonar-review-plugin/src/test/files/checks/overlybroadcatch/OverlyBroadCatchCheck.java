package com.acme;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.FileReader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

class Broad {
  private static final Logger LOG = LoggerFactory.getLogger(Broad.class);
  private int fallback;

  void oneCheckedException(Path path) {
    try {
      Files.delete(path);
    } catch (Exception e) { // Noncompliant {{Catch `IOException` instead of `Exception`: the try body declares no other exception.}}
//           ^^^^^^^^^
      LOG.warn("Cannot delete {}", path, e);
    }
  }

  void twoCheckedExceptions(Connection connection, Path path) {
    try {
      connection.commit();
      Files.delete(path);
    } catch (Exception e) { // Noncompliant {{Catch `SQLException | IOException` instead of `Exception`: the try body declares no other exception.}}
      LOG.warn("Cannot commit", e);
    }
  }

  void subtypesCollapse(String name, Path path) {
    try {
      new FileReader(name).close();
      Files.delete(path);
    } catch (Throwable t) { // Noncompliant {{Catch `IOException` instead of `Throwable`: the try body declares no other exception.}}
      LOG.warn("Cannot read", t);
    }
  }

  void declaredUncheckedExceptionsAreListed(String text, Path path) {
    try {
      fallback = Integer.parseInt(text);
      Files.delete(path);
    } catch (Exception e) { // Noncompliant {{Catch `NumberFormatException | IOException` instead of `Exception`: the try body declares no other exception.}}
      LOG.warn("Cannot parse", e);
    }
  }

  void runtimeExceptionAroundADeclaredOne(String text) {
    try {
      fallback = Integer.parseInt(text);
    } catch (RuntimeException e) { // Noncompliant {{Catch `NumberFormatException` instead of `RuntimeException`: the try body declares no other exception.}}
      fallback = -1;
    }
  }

  void afterANarrowerCatch(Connection connection, Path path) {
    try {
      connection.commit();
      Files.delete(path);
    } catch (SQLException e) {
      LOG.warn("Cannot commit", e);
    } catch (Exception e) { // Noncompliant {{Catch `IOException` instead of `Exception`: the try body declares no other exception.}}
      LOG.warn("Cannot delete", e);
    }
  }

  void resourcesCount(Path path) {
    try (BufferedReader reader = Files.newBufferedReader(path)) {
      reader.readLine();
    } catch (Exception e) { // Noncompliant {{Catch `IOException` instead of `Exception`: the try body declares no other exception.}}
      LOG.warn("Cannot read", e);
    }
  }

  void nestedTryHandlesSome(Connection connection, Path path) {
    try {
      try {
        connection.commit();
      } catch (SQLException e) {
        LOG.warn("Cannot commit", e);
      }
      new URI(path.toString());
    } catch (Exception e) { // Noncompliant {{Catch `URISyntaxException` instead of `Exception`: the try body declares no other exception.}}
      LOG.warn("Bad URI", e);
    }
  }

  void translatesWithoutTheCause(Path path) {
    try {
      Files.delete(path);
    } catch (Exception e) { // Noncompliant
      throw new IllegalStateException("Cannot delete " + path);
    }
  }

  // ---- Left alone ----

  void narrowAlready(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      LOG.warn("Cannot delete", e);
    }
  }

  void callsSomethingThrowingException(Callable<String> task) {
    try {
      task.call();
    } catch (Exception e) {
      LOG.warn("Task failed", e);
    }
  }

  void callsSomethingThrowingThrowable(java.lang.invoke.MethodHandle handle) {
    try {
      handle.invoke();
    } catch (Throwable t) {
      LOG.warn("Call failed", t);
    }
  }

  void throwsNothingChecked(String text) {
    try {
      fallback = text.length();
    } catch (Exception e) {
      LOG.warn("Cannot measure", e);
    }
  }

  void rethrows(Path path) throws Exception {
    try {
      Files.delete(path);
    } catch (Exception e) {
      LOG.warn("Cannot delete", e);
      throw e;
    }
  }

  void wraps(Path path) {
    try {
      Files.delete(path);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot delete " + path, e);
    }
  }

  void delegatesToAHandler(Path path) {
    try {
      Files.delete(path);
    } catch (Exception e) {
      wrapAndThrow(e, path);
    }
    try {
      Files.delete(path);
    } catch (Exception e) {
      failures.add(new IllegalStateException(e));
    }
  }

  Object returnsAWrappedProblem(Path path) {
    try {
      return Files.readString(path);
    } catch (Exception e) {
      return wrapProblem(e);
    }
  }

  private final java.util.List<Exception> failures = new java.util.ArrayList<>();

  static void wrapAndThrow(Exception e, Path path) {
    throw new IllegalStateException("Cannot delete " + path, e);
  }

  static Object wrapProblem(Exception e) {
    return e;
  }

  void emptyBlockIsSwallowedExceptionsIssue(Path path) {
    try {
      Files.delete(path);
    } catch (Exception e) {
    }
  }

  void allHandledByEarlierCatches(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      LOG.warn("Cannot delete", e);
    } catch (Exception e) {
      LOG.warn("Unexpected", e);
    }
  }

  void loadsClasses(String name) {
    try {
      Class.forName(name);
    } catch (Throwable t) {
      LOG.warn("Optional class {} is missing", name, t);
    }
  }

  void lambdaExceptionsDoNotReachTheTry(Path path, java.util.List<Path> paths) {
    try {
      paths.forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (Exception e) {
      LOG.warn("Cannot delete", e);
    }
  }

  public static void main(String[] args) {
    try {
      Files.delete(Path.of(args[0]));
    } catch (Exception e) {
      LOG.error("Failed", e);
    }
  }

  class Worker implements Runnable {
    @Override
    public void run() {
      try {
        Files.delete(Path.of("x"));
      } catch (Exception e) {
        LOG.error("Failed", e);
      }
    }
  }

  class Job implements Callable<Void> {
    @Override
    public Void call() {
      try {
        Files.delete(Path.of("x"));
      } catch (Exception e) {
        LOG.error("Failed", e);
      }
      return null;
    }
  }

  @Scheduled(fixedDelay = 1000)
  void scheduled() {
    try {
      Files.delete(Path.of("x"));
    } catch (Exception e) {
      LOG.error("Failed", e);
    }
  }

  @EventListener
  void onEvent(Object event) {
    try {
      Files.delete(Path.of("x"));
    } catch (Exception e) {
      LOG.error("Failed", e);
    }
  }

  void submit(java.util.concurrent.ExecutorService executor) {
    executor.submit(() -> {
      try {
        Files.delete(Path.of("x"));
      } catch (Exception e) {
        LOG.error("Failed", e);
      }
    });
  }

  class Listener implements java.beans.PropertyChangeListener {
    @Override
    public void propertyChange(java.beans.PropertyChangeEvent event) {
      try {
        Files.delete(Path.of("x"));
      } catch (Exception e) {
        LOG.error("Failed", e);
      }
    }
  }

  // ---- Java 21 ----

  sealed interface Source permits FileSource, UriSource {}
  record FileSource(Path path) implements Source {}
  record UriSource(String uri) implements Source {}

  record Reader(Source source) {
    String read() {
      try {
        return switch (source) {
          case FileSource file -> Files.readString(file.path());
          case UriSource uri -> new URI(uri.uri()).toString();
        };
      } catch (Exception e) { // Noncompliant {{Catch `IOException | URISyntaxException` instead of `Exception`: the try body declares no other exception.}}
        return """
          unreadable
          """;
      }
    }
  }
}

class SuppressedOnMethod {
  @SuppressWarnings("review:OverlyBroadCatch")
  void suppressed(Path path) {
    try {
      Files.delete(path);
    } catch (Exception e) {
      System.getLogger("x").log(System.Logger.Level.WARNING, "failed", e);
    }
  }
}
