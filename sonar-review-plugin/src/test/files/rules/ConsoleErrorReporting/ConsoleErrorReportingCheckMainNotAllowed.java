package com.acme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

// allowInMain=false
class Tool {
  public static void main(String[] args) {
    try {
      Files.delete(Path.of(args[0]));
    } catch (IOException e) {
      e.printStackTrace(); // Noncompliant
    }
  }

  void other(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      System.err.println("Cannot delete " + path); // Noncompliant
    }
  }
}
