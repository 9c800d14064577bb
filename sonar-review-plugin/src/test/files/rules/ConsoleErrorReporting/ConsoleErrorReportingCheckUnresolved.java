package com.acme;

import com.unknown.Console;
import com.unknown.Store;
import com.unknown.StoreException;

// No classpath for com.unknown.
class Unresolved {
  private Store store;
  private Console console;

  void unknownExceptionType() {
    try {
      store.save();
    } catch (StoreException e) {
      e.printStackTrace(); // Noncompliant {{Report this error through a logger, passing the exception, instead of 'printStackTrace()'.}}
    }
  }

  void unknownReceivers() {
    try {
      store.save();
    } catch (StoreException e) {
      store.printStackTrace(); // not known to be a Throwable
      console.out.println("failed"); // not java.lang.System
    }
  }
}
