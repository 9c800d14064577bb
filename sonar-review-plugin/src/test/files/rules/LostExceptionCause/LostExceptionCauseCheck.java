package com.acme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class Wrapping {
  private static final Logger LOG = LoggerFactory.getLogger(Wrapping.class);

  class ServiceException extends RuntimeException {
    ServiceException(String message) { super(message); }
    ServiceException(String message, Throwable cause) { super(message, cause); }
    ServiceException(Throwable cause) { super(cause); }
    ServiceException(String message, int code) { super(message); }
  }

  void noArguments(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new IllegalStateException(); // Noncompliant {{Pass 'e' as the cause of this exception (or call 'initCause(e)') so that the original stack trace is kept.}}
//          ^^^^^^^^^^^^^^^^^^^^^^^^^^^
    }
  }

  void messageOnly(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new ServiceException("Cannot delete " + path); // Noncompliant
    }
  }

  void textOfTheException(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new ServiceException(e.getMessage()); // Noncompliant
    }
  }

  void concatenatedException(Path path) {
    try {
      Files.delete(path);
    } catch (IOException ex) {
      throw new ServiceException("Cannot delete: " + ex); // Noncompliant {{Pass 'ex' as the cause of this exception (or call 'initCause(ex)') so that the original stack trace is kept.}}
    }
  }

  void formattedException(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new ServiceException(String.format("Cannot delete %s: %s", path, e)); // Noncompliant
    }
  }

  void describedThroughAStringMethod(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new ServiceException(describe(e)); // Noncompliant
    }
  }

  void numberFromTheException(Callable<Object> query) {
    try {
      query.call();
    } catch (SQLException e) {
      throw new ServiceException("query failed", e.getErrorCode()); // Noncompliant
    } catch (Exception e) {
      throw new ServiceException("query failed", e);
    }
  }

  void loggedButNotChained(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      LOG.error("Cannot delete {}", path, e);
      throw new ServiceException("Cannot delete " + path); // Noncompliant
    }
  }

  void inANestedTryOfTheSameCatch(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      try {
        Files.delete(path.getParent());
      } finally {
        throw new ServiceException("cleanup failed"); // Noncompliant
      }
    }
  }

  // ---- Left alone ----

  void chained(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new ServiceException("Cannot delete " + path, e);
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new ServiceException((Throwable) e);
    }
  }

  void initCause(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      IllegalStateException failure = new IllegalStateException("Cannot delete");
      failure.initCause(e);
      throw failure;
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw (IllegalStateException) new IllegalStateException("Cannot delete").initCause(e);
    }
  }

  void addSuppressed(Path path, Exception primary) throws Exception {
    try {
      Files.delete(path);
    } catch (IOException e) {
      primary.addSuppressed(e);
      throw new Exception("cleanup failed after " + primary.getMessage());
    }
  }

  void conditionalRethrow(Path path) throws IOException {
    try {
      Files.delete(path);
    } catch (IOException e) {
      if (path.toString().endsWith(".lock")) {
        throw new IllegalStateException("Locked: " + path);
      }
      throw e;
    }
  }

  void wrappedThroughAMethod(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw wrap(e);
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new ServiceException("Cannot delete", translate(e));
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      RuntimeException cause = translate(e);
      throw new ServiceException("Cannot delete", cause);
    }
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new ServiceException("Cannot delete", e.getCause());
    }
  }

  void nestedCatchOfADifferentVariable(Path path) {
    try {
      Files.delete(path);
    } catch (IOException outer) {
      try {
        Files.delete(path.getParent());
      } catch (IOException inner) {
        throw new ServiceException("Cannot delete parent", inner);
      }
      LOG.warn("deleted parent instead", outer);
    }
  }

  void throwOutsideACatch() {
    throw new ServiceException("not in a catch");
  }

  void thrownLaterByALambda(Path path, java.util.List<Runnable> tasks) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      tasks.add(() -> { throw new ServiceException("later"); });
      throw new ServiceException("now", e);
    }
  }

  // ---- Java 21 ----

  sealed interface Result permits Ok, Failed {}
  record Ok(String value) implements Result {}
  record Failed(String reason) implements Result {}

  record Loader(Path path) {
    String load() {
      try {
        return Files.readString(path);
      } catch (IOException e) {
        throw new UncheckedIOException("""
          Cannot read
          """, e);
      }
    }

    String loadOrFail() {
      try {
        return Files.readString(path);
      } catch (IOException e) {
        throw new IllegalStateException("""
          Cannot read
          """); // Noncompliant@-2
      }
    }
  }

  String describe(Result result, Callable<String> source) {
    return switch (result) {
      case Ok ok -> ok.value();
      case Failed failed -> {
        try {
          yield source.call();
        } catch (Exception e) {
          throw new IllegalStateException(failed.reason()); // Noncompliant
        }
      }
    };
  }

  static String describe(Exception e) {
    return e.getMessage();
  }

  static RuntimeException wrap(Exception e) {
    return new RuntimeException(e);
  }

  static RuntimeException translate(Exception e) {
    return new RuntimeException(e);
  }
}

class SuppressedOnMethod {
  @SuppressWarnings("review:LostExceptionCause")
  void messageOnly(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot delete " + path);
    }
  }
}
