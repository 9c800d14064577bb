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
  int fallback;

  // Still reported with reportFallbacks=false: an empty block, and a log call without the exception.
  void empty(Path path) {
    try {
      Files.delete(path); // Noncompliant@+1 {{Handle, log or rethrow 'e', or say in a comment why it is ignored: this empty block hides the failure.}}
    } catch (IOException e) {
    }
  }

  void loggedWithoutTheException(Path path) {
    try {
      Files.delete(path); // Noncompliant@+1 {{Pass 'e' to the logger so that its stack trace is kept, or rethrow it.}}
    } catch (IOException e) {
      LOG.warn("Cannot delete {}", path);
    }
  }

  // Left alone with reportFallbacks=false: blocks that chose a fallback.

  void doesSomethingElse(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      fallback = -1;
    }
  }

  boolean theExceptionIsTheAnswer(Path path) {
    try {
      Files.delete(path);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  <E extends Enum<E>> E enumOrDefault(Class<E> type, String name, E defaultValue) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return defaultValue;
    }
  }

}
