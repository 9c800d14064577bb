package com.acme;

import com.unknown.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

// No classpath for com.unknown: a call whose throws clause is unknown could throw anything.
class Unresolved {
  private Store store;
  private int failures;

  void unknownHandlerReceivesTheException(Path path) {
    try {
      Files.delete(path);
    } catch (Exception e) {
      store.report(e); // may wrap and rethrow: the handling is delegated
    }
  }

  void unknownCall(Path path) {
    try {
      Files.delete(path);
      store.save();
    } catch (Exception e) {
      failures++;
    }
  }

  void unknownHierarchy(Path path) {
    new com.unknown.Listener() {
      @Override
      public void handle() {
        try {
          Files.delete(path);
        } catch (Exception e) {
          failures++;
        }
      }
    };
  }

  void unknownEarlierCatch(Path path) {
    try {
      Files.delete(path);
    } catch (com.unknown.StoreException e) {
      failures++;
    } catch (Exception e) {
      failures++;
    }
  }

  void unknownResource(Path path) {
    try (com.unknown.Session session = store.open()) {
      Files.delete(path);
    } catch (Exception e) {
      failures++;
    }
  }

  void knownCallsOnly(Path path) {
    try {
      Files.delete(path); // Noncompliant@+1 {{Catch 'IOException' instead of 'Exception': the try body declares no other exception.}}
    } catch (Exception e) {
      failures++;
    }
//           ^^^^^^^^^@-2
  }
}
