package com.acme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.NoSuchElementException;
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

class Translations {
  private String raw;

  static class ValidationException extends RuntimeException {
    ValidationException(String message) { super(message); }
  }

  static class AmountFormatException extends NumberFormatException {
  }

  // ---- A failed parse translated with its input: left alone ----

  int number(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new ValidationException("Not a number: " + text);
    }
  }

  int trimmed(String text) {
    try {
      return Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new ValidationException(String.format("'%s' is not a number", text));
    }
  }

  Date date(String value) throws ParseException {
    try {
      return new SimpleDateFormat("yyyy-MM-dd").parse(value);
    } catch (ParseException e) {
      throw new IllegalArgumentException("Bad date '" + value + "'");
    }
  }

  LocalDate firstDate(String line) {
    String[] parts = line.split(";");
    try {
      return LocalDate.parse(parts[0], DateTimeFormatter.ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new ValidationException("Bad date in " + parts[0]);
    }
  }

  BigDecimal amount(String amount) {
    try {
      return new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new ValidationException("Bad amount: " + amount);
    }
  }

  long ownParser(String text) {
    try {
      return parseAmount(text);
    } catch (AmountFormatException e) {
      throw new ValidationException("Bad amount: " + text);
    }
  }

  // ---- Near misses: still flagged ----

  int numberWithoutInput(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new ValidationException("Not a number"); // Noncompliant {{Pass 'e' as the cause of this exception (or call 'initCause(e)') so that the original stack trace is kept.}}
    }
  }

  int otherVariable(String field, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new ValidationException("Bad value for " + field); // Noncompliant
    }
  }

  int notAParsingCall(String text) {
    try {
      return compute(text);
    } catch (NumberFormatException e) {
      throw new ValidationException("Cannot compute " + text); // Noncompliant
    }
  }

  int fieldInput() {
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new ValidationException("Not a number: " + raw); // Noncompliant
    }
  }

  int notOnlyParseFailures(Path path, String text) {
    try {
      return Integer.parseInt(Files.readString(path) + text);
    } catch (IOException | NumberFormatException e) {
      throw new ValidationException("Cannot read a number from " + text); // Noncompliant
    }
  }

  int broadCatch(String text) {
    try {
      return Integer.parseInt(text);
    } catch (RuntimeException e) {
      throw new ValidationException("Not a number: " + text); // Noncompliant
    }
  }

  // ---- A comment before the throw says why the cause goes: left alone ----

  String lookup(Map<String, String> values, String key) {
    try {
      return values.entrySet().stream().filter(entry -> entry.getKey().equals(key)).findFirst().orElseThrow().getValue();
    } catch (NoSuchElementException e) {
      // An unknown key is the caller's mistake: the lookup's stack trace would only point here.
      throw new IllegalArgumentException("Unknown key " + key);
    }
  }

  String lookupWithBlockComment(Map<String, String> values, String key) {
    try {
      return values.entrySet().stream().findFirst().orElseThrow().getValue();
    } catch (NoSuchElementException e) {
      /*
       * Expected when the map is empty.
       */
      LoggerFactory.getLogger(Translations.class).debug("empty");
      throw new IllegalStateException("No values");
    }
  }

  // ---- Comments that do not count: still flagged ----

  String commentAfterTheThrow(Map<String, String> values) {
    try {
      return values.entrySet().stream().findFirst().orElseThrow().getValue();
    } catch (NoSuchElementException e) {
      throw new IllegalStateException("No values"); // Noncompliant
      // expected when the map is empty
    }
  }

  String trailingComment(Map<String, String> values) {
    try {
      return values.entrySet().stream().findFirst().orElseThrow().getValue();
    } catch (NoSuchElementException e) {
      throw new IllegalStateException("No values"); // Noncompliant
    } // expected when the map is empty
  }

  String todo(Map<String, String> values) {
    try {
      return values.entrySet().stream().findFirst().orElseThrow().getValue();
    } catch (NoSuchElementException e) {
      // TODO keep the cause
      throw new IllegalStateException("No values"); // Noncompliant
    }
  }

  String commentedOutCode(Map<String, String> values) {
    try {
      return values.entrySet().stream().findFirst().orElseThrow().getValue();
    } catch (NoSuchElementException e) {
      // throw new IllegalStateException("No values", e);
      throw new IllegalStateException("No values"); // Noncompliant
    }
  }

  String commentOutsideTheBlock(Map<String, String> values) {
    try {
      return values.entrySet().stream().findFirst().orElseThrow().getValue();
    }
    // expected when the map is empty
    catch (NoSuchElementException e) {
      throw new IllegalStateException("No values"); // Noncompliant
    }
  }

  String onlyTheLaterThrowExplained(Map<String, String> values, boolean strict) {
    try {
      return values.entrySet().stream().findFirst().orElseThrow().getValue();
    } catch (NoSuchElementException e) {
      if (strict) {
        throw new IllegalStateException("No values"); // Noncompliant
      }
      // A lenient caller asked for an empty map to be a usage error: nothing underneath to keep.
      throw new IllegalArgumentException("Empty map");
    }
  }

  static long parseAmount(String text) {
    return Long.parseLong(text);
  }

  static int compute(String text) {
    return text.length();
  }
}
