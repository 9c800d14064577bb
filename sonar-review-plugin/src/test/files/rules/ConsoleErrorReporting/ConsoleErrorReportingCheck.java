package com.acme;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

class WithoutLoggerField {
  void printStackTrace(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      e.printStackTrace(); // Noncompliant {{Report this error through a logger, passing the exception, instead of 'printStackTrace()'.}}
//    ^^^^^^^^^^^^^^^^^^^
    }
  }

  void printStackTraceToTheConsole(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      e.printStackTrace(System.err); // Noncompliant {{Report this error through a logger, passing the exception, instead of 'printStackTrace()'.}}
    }
  }

  void systemErr(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      System.err.println("Cannot delete " + path + ": " + e); // Noncompliant {{Report this error through a logger, passing the exception, instead of 'System.err'.}}
    }
  }

  void systemOut(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      System.out.printf("Cannot delete %s%n", path); // Noncompliant {{Report this error through a logger, passing the exception, instead of 'System.out'.}}
      System.out.flush(); // flushing prints nothing
    }
  }

  void inANestedTryOfTheCatch(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      try {
        Files.delete(path.getParent());
      } finally {
        System.err.println("cleanup"); // Noncompliant
      }
    }
  }

  void inALambdaOfTheCatch(Path path, java.util.List<Runnable> later) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      later.add(() -> e.printStackTrace()); // Noncompliant
    }
  }

  // ---- Left alone ----

  void outsideACatch(Path path) {
    System.out.println("Deleting " + path);
  }

  void stackTraceIntoAString(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      StringWriter text = new StringWriter();
      e.printStackTrace(new PrintWriter(text));
      throw new IllegalStateException(text.toString(), e);
    }
  }

  void otherPrintStreams(Path path, java.io.PrintStream report) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      report.println("Cannot delete " + path);
    }
  }

  void printInsideAnAnonymousClassOfTheCatch(Path path, java.util.List<Runnable> later) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      later.add(new Runnable() {
        @Override
        public void run() {
          System.out.println("runs later, outside the handler"); // a class boundary: not this catch's reporting
        }
      });
    }
  }

  static class NonVoidMain {
    static int main(String[] args) { // returns a value: the launcher never calls it, so it is an ordinary method
      try {
        Files.delete(Path.of(args[0]));
      } catch (IOException e) {
        e.printStackTrace(); // Noncompliant {{Report this error through a logger, passing the exception, instead of 'printStackTrace()'.}}
      }
      return 0;
    }
  }
}

/** A command-line tool: a class with a launcher main. Its console is its user interface, in every method. */
class DeleteTool {
  public static void main(String[] args) {
    try {
      Files.delete(Path.of(args[0]));
    } catch (IOException e) {
      System.err.println("Cannot delete " + args[0] + ": " + e.getMessage()); // a command-line tool talks to its console
      e.printStackTrace();
    }
  }

  void reportFailure(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      System.err.println("Cannot delete " + path); // another method of the tool: still its console
    }
  }

  static class Options { // nested in the tool
    void parse(String value) {
      try {
        Integer.parseInt(value);
      } catch (NumberFormatException e) {
        System.err.println("Not a number: " + value);
      }
    }
  }
}

class InstanceMainTool {
  void main() { // Java 25 instance main: the launcher starts it too
    try {
      Files.delete(Path.of("scratch"));
    } catch (IOException e) {
      e.printStackTrace(); // a command-line tool talks to its console
    }
  }
}

class CStyleArguments {
  public static void main(String args[]) {
    try {
      Files.delete(Path.of(args[0]));
    } catch (IOException e) {
      e.printStackTrace(); // `String args[]` is a launcher main as well
    }
  }
}

class WithLoggerField {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WithLoggerField.class);

  void printStackTrace(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      e.printStackTrace(); // Noncompliant {{Report this error through 'LOG', passing the exception, instead of 'printStackTrace()'.}}
    }
  }

  // ---- Java 21 ----

  sealed interface Job permits Cleanup, Report {}
  record Cleanup(Path path) implements Job {}
  record Report(String name) implements Job {}

  void run(Job job, Callable<String> source) {
    switch (job) {
      case Cleanup cleanup -> {
        try {
          Files.delete(cleanup.path());
        } catch (IOException e) {
          System.err.println("""
            Cleanup failed
            """); // Noncompliant@-2
        }
      }
      case Report report -> LOG.info("report {}", report.name());
    }
  }
}

record Settings(Path path) {
  String read() {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      e.printStackTrace(); // Noncompliant {{Report this error through a logger, passing the exception, instead of 'printStackTrace()'.}}
      return "";
    }
  }
}

class LoggingFallback {
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("x");

  void whenTheLoggerItselfFails(Throwable failure) {
    try {
      LOG.log(java.util.logging.Level.SEVERE, "Fatal", failure);
    } catch (Throwable loggingFailure) {
      System.err.println(failure.getMessage()); // the console is the only channel left
      loggingFailure.printStackTrace();
    }
  }

  void logsThenWorks(Path path) {
    try {
      LOG.info("Deleting " + path);
      Files.delete(path);
    } catch (IOException e) {
      e.printStackTrace(); // Noncompliant {{Report this error through 'LOG', passing the exception, instead of 'printStackTrace()'.}}
    }
  }

  void loggingOnlyInsideTheCatch(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      try {
        LOG.log(java.util.logging.Level.WARNING, "Cannot delete", e);
      } finally {
        System.err.println("Cannot delete " + path); // Noncompliant {{Report this error through 'LOG', passing the exception, instead of 'System.err'.}}
      }
    }
  }
}

class ConsoleHandler extends java.util.logging.Handler {
  @Override
  public void publish(java.util.logging.LogRecord logRecord) {
    try {
      Files.writeString(Path.of("log"), logRecord.getMessage());
    } catch (IOException e) {
      e.printStackTrace(); // a log handler has no logger to report its own failures to
    }
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
  }
}

class RollingFileAppender {
  void append(String line) {
    try {
      Files.writeString(Path.of("log"), line);
    } catch (IOException e) {
      System.err.println("Cannot append to the log: " + e);
    }
  }
}

class SuppressedOnMethod {
  @SuppressWarnings("review:ConsoleErrorReporting")
  void printStackTrace(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      e.printStackTrace();
    }
  }
}
