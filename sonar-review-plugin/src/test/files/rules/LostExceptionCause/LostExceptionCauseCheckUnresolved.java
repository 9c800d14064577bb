package com.acme;

import com.unknown.Store;
import com.unknown.StoreException;
import com.unknown.Translator;

// No classpath for com.unknown: the rule stays silent wherever an unknown type could carry the exception.
class Unresolved {
  private Store store;
  private Translator translator;

  void unknownMethodOnTheException() {
    try {
      store.save();
    } catch (StoreException e) {
      throw new IllegalStateException(e.details()); // unknown result type: may be the exception itself
    }
  }

  void unknownTranslator() {
    try {
      store.save();
    } catch (StoreException e) {
      throw new IllegalStateException("failed", translator.translate(e));
    }
  }

  void unknownWrapperType() {
    try {
      store.save();
    } catch (StoreException e) {
      throw new com.unknown.DataException(e);
    }
  }

  void textOfAnUnknownException() {
    try {
      store.save();
    } catch (StoreException e) {
      throw new IllegalStateException(e.getMessage()); // Noncompliant
    }
  }

  void noArgumentAtAll() {
    try {
      store.save();
    } catch (StoreException e) {
      throw new com.unknown.DataException("failed"); // Noncompliant
    }
  }
}
