package com.acme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

// allowCommentedBlocks=false, ignoredNames="ok", ignoredExceptions="java.io.IOException"
class Custom {
  private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger("x");
  int fallback;

  void commentedBlock(Path path) {
    try {
      Files.delete(path); // Noncompliant@+1
    } catch (IOException e) {
      // a comment no longer excuses the block
    }
//           ^^^^^^^^^^^^^@-2
  }

  void ignoredIsNowFlagged(Path path) {
    try {
      Files.delete(path); // Noncompliant@+1
    } catch (IOException ignored) {
    }
  }

  void customName(Path path) {
    try {
      Files.delete(path);
    } catch (IOException ok) {
    }
  }

  void customIgnoredException(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      LOG.warning("cannot delete");
    }
  }

  void numberFormatNoLongerIgnored(String text) {
    try {
      fallback = Integer.parseInt(text); // Noncompliant@+1 {{Pass 'e' to the logger so that its stack trace is kept, or rethrow it.}}
    } catch (NumberFormatException e) {
      LOG.warning("not a number");
      fallback = 0;
    }
//           ^^^^^^^^^^^^^^^^^^^^^^^@-3
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^@-3< {{Logged without the exception}}
  }

  void commentNoLongerExcusesALogWithoutTheException(String text) {
    try {
      fallback = Integer.parseInt(text); // Noncompliant@+1
    } catch (IllegalArgumentException e) {
      // the comment no longer counts
      LOG.warning("not a number");
    }
//           ^^^^^^^^^^^^^^^^^^^^^^^^^^@-3
//    ^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Logged without the exception}}
  }
}
