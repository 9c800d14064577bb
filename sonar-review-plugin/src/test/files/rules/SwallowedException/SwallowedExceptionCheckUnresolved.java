package com.acme;

import com.unknown.Store;
import com.unknown.StoreException;
import lombok.extern.slf4j.Slf4j;

// No classpath for com.unknown, and Lombok's generated `log` field is unknown: only syntax can decide.
@Slf4j
class Unresolved {
  private Store store;

  void empty() {
    try {
      store.save(); // Noncompliant@+1 {{Handle, log or rethrow 'e', or say in a comment why it is ignored: this empty block hides the failure.}}
    } catch (StoreException e) {
    }
  }

  void logsToAnUnknownLogger() {
    // The receiver's type is unknown: `log.warn` may log, so the rule cannot decide and stays silent.
    try {
      store.save();
    } catch (StoreException e) {
      log.warn("save failed");
    }
  }

  void fallbackWithoutLogging() {
    try {
      store.save(); // Noncompliant@+1 {{Log or rethrow 'e': this block drops the exception.}}
    } catch (StoreException e) {
      store.reset();
    }
  }

  void passesItToAnUnknownLogger() {
    try {
      store.save();
    } catch (StoreException e) {
      log.warn("save failed", e);
    }
  }

  void unknownHandler() {
    try {
      store.save();
    } catch (StoreException e) {
      store.handle(e);
    }
  }
}
