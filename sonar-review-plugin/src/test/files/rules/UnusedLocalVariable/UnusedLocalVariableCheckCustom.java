package com.acme;

class CustomIgnoredNames {

  void run() {
    int dummy = 1; // matches the custom ignoredNames
    Object ignored = new Object(); // Noncompliant {{Remove the unused local variable 'ignored'.}}
  }
}
