package com.acme;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class Swallowing {
  private static final Logger LOG = LoggerFactory.getLogger(Swallowing.class);
  private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("x");
  private static final org.apache.logging.log4j.Logger LOG4J = org.apache.logging.log4j.LogManager.getLogger();
  private static final org.apache.commons.logging.Log COMMONS = org.apache.commons.logging.LogFactory.getLog(Swallowing.class);
  private static final System.Logger SYSTEM = System.getLogger("x");
  private final AuditLog audit = new AuditLog();
  private int fallback;

  void empty(Path path) {
    try {
      Files.delete(path); // Noncompliant@+1 {{Handle, log or rethrow 'e', or say in a comment why it is ignored: this empty block hides the failure.}}
    } catch (IOException e) {
    }
  }

  void logsWithoutTheException(Path path) {
    try {
      Files.delete(path); // Noncompliant@+1 {{Pass 'e' to the logger so that its stack trace is kept, or rethrow it.}}
    } catch (IOException e) {
      LOG.warn("Could not delete {}", path);
    }
//           ^^^^^^^^^^^^^@-2
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Logged without the exception}}
  }

  void multiCatchEmpty(Path path) {
    try {
      Files.delete(path);
      new URL("http://x"); // Noncompliant@+1 {{Handle, log or rethrow 'e', or say in a comment why it is ignored: this empty block hides the failure.}}
    } catch (MalformedURLException | IllegalStateException e) {
    } catch (IOException ex) {
    } // Noncompliant@-1 {{Handle, log or rethrow 'ex', or say in a comment why it is ignored: this empty block hides the failure.}}
  }

  String logsWithoutTheExceptionAndFallsBack(Path path) {
    try {
      return Files.readString(path); // Noncompliant@+1 {{Pass 'e' to the logger so that its stack trace is kept, or rethrow it.}}
    } catch (IOException e) {
      JUL.warning("Cannot read " + path);
      return "";
    }
//           ^^^^^^^^^^^^^@-3
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-3< {{Logged without the exception}}
  }

  void ignoredExceptionInEmptyBlock(String text) {
    try {
      fallback = Integer.parseInt(text); // Noncompliant@+1 {{Handle, log or rethrow 'e', or say in a comment why it is ignored: this empty block hides the failure.}}
    } catch (NumberFormatException e) {
    }
  }

  void nestedCatchThrowsForItsOwnVariable(Path path) {
    try {
      Files.delete(path); // Noncompliant@+1 {{Pass 'outer' to the logger so that its stack trace is kept, or rethrow it.}}
    } catch (IOException outer) {
      LOG.warn("Cannot delete {}", path);
      try {
        Files.delete(path.getParent());
      } catch (IOException inner) {
        throw new IllegalStateException(inner);
      }
    }
//           ^^^^^^^^^^^^^^^^^@-7
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-7< {{Logged without the exception}}
  }

  void throwInsideLambdaDoesNotCount(Path path, List<String> names) {
    try {
      Files.delete(path); // Noncompliant@+1 {{Pass 'e' to the logger so that its stack trace is kept, or rethrow it.}}
    } catch (IOException e) {
      LOG.warn("Cannot delete {}", path);
      names.forEach(name -> { throw new IllegalStateException(name); });
    }
//           ^^^^^^^^^^^^^@-3
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-3< {{Logged without the exception}}
  }

  // A block that chose a fallback without a comment saying why (reportFallbacks=true, the default).

  void doesSomethingElse(Path path) {
    try {
      Files.delete(path); // Noncompliant@+1 {{Log or rethrow 'e': this block drops the exception.}}
    } catch (IOException e) {
      fallback = -1;
    }
  }

  boolean theExceptionIsTheAnswer(Path path) {
    try {
      Files.delete(path);
      return true; // Noncompliant@+1 {{Log or rethrow 'e': this block drops the exception.}}
    } catch (IOException e) {
      return false;
    }
  }

  <E extends Enum<E>> E enumOrDefault(Class<E> type, String name, E defaultValue) {
    try {
      return Enum.valueOf(type, name); // Noncompliant@+1 {{Log or rethrow 'e': this block drops the exception.}}
    } catch (IllegalArgumentException e) {
      return defaultValue;
    }
  }

  // ---- Left alone ----

  void commentedFallbackThatLogs(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      // The path names everything the exception would say.
      LOG.info("Already gone: {}", path);
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      LOG.info("Already gone: {}", path); // the path says it all
    }
  }

  void interruptRecordedAndRestoredLater() {
    boolean interrupted = false;
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static final class EarlyExit extends RuntimeException {
  }

  void ownSignal(List<String> names) {
    try {
      names.forEach(name -> {
        if (name.isEmpty()) {
          throw new EarlyExit();
        }
      });
    } catch (EarlyExit e) {
    }
  }

  void handedToAHandler(Path path, java.util.function.Consumer<Throwable> errorHandler,
    java.util.concurrent.CompletableFuture<Void> future, List<Exception> failures) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      errorHandler.accept(e);
    }
    try {
      Files.delete(path);
      future.complete(null);
    } catch (IOException e) {
      future.completeExceptionally(e);
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      failures.add(e);
    }
  }

  void messageLogged(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      LOG.warn("Cannot delete {}: {}", path, e.getMessage());
    }
  }

  void onlyAComment(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      // Best effort: the temporary file is removed at exit anyway.
    }
  }

  void ignoredNames(Path path) {
    try {
      Files.delete(path);
    } catch (IOException ignored) {
    }
    try {
      Files.delete(path);
    } catch (IOException ignore) {
    }
    try {
      Files.delete(path);
    } catch (IOException expected) {
    }
  }

  void restoresInterrupt() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void ignoredExceptionsThatDoSomething(String text) throws Exception {
    try {
      fallback = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      fallback = 0;
    }
    try {
      LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      fallback = 0;
    }
    try {
      Date date = new SimpleDateFormat("yyyy").parse(text);
    } catch (ParseException e) {
      fallback = 0;
    }
    try {
      new URL(text);
    } catch (MalformedURLException | NumberFormatException e) {
      fallback = 0;
    }
  }

  void usesTheException(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      LOG.warn("Could not delete {}", path, e);
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      JUL.log(java.util.logging.Level.WARNING, "Could not delete", e);
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      LOG4J.atWarn().withThrowable(e).log("Could not delete");
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      LOG.atWarn().setCause(e).log("Could not delete");
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      COMMONS.warn("Could not delete", e);
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      SYSTEM.log(System.Logger.Level.WARNING, "Could not delete", e);
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      audit.record(e); // project logger: type name ends in Log
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      fallback = e.getMessage().length();
    }
  }

  void throwsSomething(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new IllegalStateException("cannot delete " + path);
    }
  }

  void rethrows(Path path) throws IOException {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw e;
    }
  }

  void usedInLambda(Path path, List<Runnable> later) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      later.add(() -> LOG.error("failed", e));
    }
  }

  void expectedByATest(Path path) {
    try {
      Files.delete(path);
      org.junit.jupiter.api.Assertions.fail("should have thrown");
    } catch (IOException e) {
    }
  }

  // ---- Java 21 ----

  sealed interface Shape permits Circle, Square {}
  record Circle(double radius) implements Shape {}
  record Square(double side) implements Shape {}

  record Parser(String text) {
    int value() {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        return 0;
      }
    }

    Object parsed(Callable<Object> source) {
      try {
        return source.call(); // Noncompliant@+1 {{Handle, log or rethrow 'e', or say in a comment why it is ignored: this empty block hides the failure.}}
      } catch (Exception e) {
      }
      return null;
    }
  }

  String describe(Shape shape, Callable<String> source) {
    return switch (shape) {
      case Circle c when c.radius() > 0 -> {
        try {
          yield source.call(); // Noncompliant@+1 {{Pass 'e' to the logger so that its stack trace is kept, or rethrow it.}}
        } catch (Exception e) {
          LOG.warn("Cannot describe {}", c);
          yield """
            unknown circle
            """;
        }
//               ^^^^^^^^^^^@-5
//        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-5< {{Logged without the exception}}
      }
      case Circle c -> "empty";
      case Square s -> "square";
    };
  }
}

class AuditLog {
  void record(Exception e) {
  }
}

@SuppressWarnings("review:SwallowedException")
class Suppressed {
  void empty(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
    }
  }
}

class SuppressedOnMethod {
  @SuppressWarnings("review:SwallowedException")
  void empty(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
    }
  }
}

@javax.annotation.processing.Generated("generator")
class GeneratedCode {
  void empty(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
    }
  }
}

/** A top-level exception of this file is an ordinary failure, not a private signal. */
class ConfigException extends Exception {
}

class ConfigReader {
  void read() {
    try {
      check(); // Noncompliant@+1 {{Handle, log or rethrow 'e', or say in a comment why it is ignored: this empty block hides the failure.}}
    } catch (ConfigException e) {
    }
  }

  void check() throws ConfigException {
    throw new ConfigException();
  }
}
