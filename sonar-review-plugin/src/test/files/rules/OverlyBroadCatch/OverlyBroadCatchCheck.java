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
      Files.delete(path); // Noncompliant@+1 {{Catch 'IOException' instead of 'Exception': the try body declares no other exception.}}
    } catch (Exception e) {
      LOG.warn("Cannot delete {}", path, e);
    }
//           ^^^^^^^^^@-2
  }

  void twoCheckedExceptions(Connection connection, Path path) {
    try {
      connection.commit();
      Files.delete(path); // Noncompliant@+1 {{Catch 'SQLException | IOException' instead of 'Exception': the try body declares no other exception.}}
    } catch (Exception e) {
      LOG.warn("Cannot commit", e);
    }
//           ^^^^^^^^^@-2
  }

  void subtypesCollapse(String name, Path path) {
    try {
      new FileReader(name).read();
      Files.delete(path); // Noncompliant@+1 {{Catch 'IOException' instead of 'Throwable': the try body declares no other exception.}}
    } catch (Throwable t) {
      LOG.warn("Cannot read", t);
    }
//           ^^^^^^^^^@-2
  }

  void declaredUncheckedExceptionsAreListed(String text, Path path) {
    try {
      fallback = Integer.parseInt(text);
      Files.delete(path); // Noncompliant@+1 {{Catch 'NumberFormatException | IOException' instead of 'Exception': the try body declares no other exception.}}
    } catch (Exception e) {
      LOG.warn("Cannot parse", e);
    }
//           ^^^^^^^^^@-2
  }

  void runtimeExceptionAroundADeclaredOne(String text) {
    try {
      fallback = Integer.parseInt(text); // Noncompliant@+1 {{Catch 'NumberFormatException' instead of 'RuntimeException': the try body declares no other exception.}}
    } catch (RuntimeException e) {
      fallback = -1;
    }
//           ^^^^^^^^^^^^^^^^@-2
  }

  void afterANarrowerCatch(Connection connection, Path path) {
    try {
      connection.commit();
      Files.delete(path);
    } catch (SQLException e) {
      LOG.warn("Cannot commit", e); // Noncompliant@+1 {{Catch 'IOException' instead of 'Exception': the try body declares no other exception.}}
    } catch (Exception e) {
      LOG.warn("Cannot delete", e);
    }
//           ^^^^^^^^^@-2
  }

  void resourcesCount(Path path) {
    try (BufferedReader reader = Files.newBufferedReader(path)) {
      reader.readLine(); // Noncompliant@+1 {{Catch 'IOException' instead of 'Exception': the try body declares no other exception.}}
    } catch (Exception e) {
      LOG.warn("Cannot read", e);
    }
//           ^^^^^^^^^@-2
  }

  void nestedTryHandlesSome(Connection connection, Path path) {
    try {
      try {
        connection.commit();
      } catch (SQLException e) {
        LOG.warn("Cannot commit", e);
      }
      new URI(path.toString()); // Noncompliant@+1 {{Catch 'URISyntaxException' instead of 'Exception': the try body declares no other exception.}}
    } catch (Exception e) {
      LOG.warn("Bad URI", e);
    }
//           ^^^^^^^^^@-2
  }

  void logsTheMessageOnly(Path path) {
    try {
      Files.delete(path); // Noncompliant@+1 {{Catch 'IOException' instead of 'Exception': the try body declares no other exception.}}
    } catch (Exception e) {
      LOG.warn("Cannot delete {}: {}", path, e.getMessage());
    }
//           ^^^^^^^^^@-2
  }

  // ---- Left alone ----

  void translatesWithoutTheCause(Path path) {
    try {
      Files.delete(path);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot delete " + path);
    }
  }

  void commentSaysWhy(Path path) {
    try {
      Files.delete(path);
    } catch (Exception e) {
      // Some file systems fail with an unchecked exception here.
      LOG.warn("Cannot delete", e);
    }
  }

  void bestEffortCleanup(Connection connection, Path path) throws IOException {
    try {
      Files.delete(path);
    } catch (IOException e) {
      try {
        connection.rollback();
      } catch (Exception rollbackFailure) {
        LOG.warn("Rollback failed", rollbackFailure);
      }
      throw e;
    } finally {
      try {
        connection.close();
      } catch (Exception closeFailure) {
        LOG.warn("Close failed", closeFailure);
      }
    }
  }

  void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      LOG.warn("Close failed", e);
    }
  }

  void resetConnection(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (Exception e) {
      LOG.debug("Could not reset auto-commit", e);
    }
  }

  static final java.net.InetAddress LOCAL_HOST;

  static {
    java.net.InetAddress address;
    try {
      address = java.net.InetAddress.getLocalHost();
    } catch (Exception e) {
      address = java.net.InetAddress.getLoopbackAddress();
    }
    LOCAL_HOST = address;
  }

  Object reflection(java.lang.reflect.Method method, Object target) {
    try {
      return method.invoke(target);
    } catch (Exception e) {
      LOG.warn("Cannot call {}", method, e);
      return null;
    }
  }

  private Exception firstFailure;

  void collectsTheFailure(java.util.List<Path> paths) {
    for (Path path : paths) {
      try {
        Files.delete(path);
      } catch (RuntimeException | IOException e) {
        LOG.warn("Cannot delete", e);
      }
      try {
        Files.delete(path);
      } catch (Exception e) {
        if (firstFailure == null) {
          firstFailure = e;
        } else {
          firstFailure.addSuppressed(e);
        }
      }
    }
  }

  interface FailableRunnable<E extends Throwable> {
    void run() throws E;
  }

  void genericThrowsClause(FailableRunnable<? extends Throwable> action) {
    try {
      action.run();
    } catch (Throwable t) {
      LOG.warn("Action failed", t);
    }
  }

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
        }; // Noncompliant@+1 {{Catch 'IOException | URISyntaxException' instead of 'Exception': the try body declares no other exception.}}
      } catch (Exception e) {
        return """
          unreadable
          """;
      }
//             ^^^^^^^^^@-4
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
