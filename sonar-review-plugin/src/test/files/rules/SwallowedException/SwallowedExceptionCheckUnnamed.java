package com.acme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

class Unnamed {
  void unnamedVariable(Path path) {
    try {
      Files.delete(path);
    } catch (IOException _) { // unnamed: dropped on purpose, matches the default ignoredNames
    }
  }

  void named(Path path) {
    try {
      Files.delete(path); // Noncompliant@+1
    } catch (IOException e) {
    }
  }
}
