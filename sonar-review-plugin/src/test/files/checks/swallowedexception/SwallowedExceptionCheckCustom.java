package com.acme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

// allowCommentedBlocks=false, ignoredNames="ok", ignoredExceptions="java.io.IOException"
class Custom {
  int fallback;

  void commentedBlock(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) { // Noncompliant
      // a comment no longer excuses the block
    }
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
      fallback = 1;
    }
  }

  void numberFormatNoLongerIgnored(String text) {
    try {
      fallback = Integer.parseInt(text);
    } catch (NumberFormatException e) { // Noncompliant
      fallback = 0;
    }
  }
}
