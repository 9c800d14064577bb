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

  void unresolvedExceptionTypeIsNoParseFailure(String text) {
    try {
      store.load(text);
    } catch (com.unknown.StoreFormatException e) {
      throw new IllegalStateException("Bad input " + text); // Noncompliant
    }
  }

  int inputOfUnknownType() {
    String code = store.code();
    try {
      return Integer.parseInt(code);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("Bad code " + code);
    }
  }

  int varOfUnknownType() {
    var code = store.code();
    try {
      return Integer.parseInt(code);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("Bad code " + code); // Noncompliant
      // 'var' of an unresolved type: the input is not recognised, and the rule reports as it did before the exemption
    }
  }

  void explained() {
    try {
      store.save();
    } catch (StoreException e) {
      // The store reports a full disk this way; its trace says nothing more.
      throw new com.unknown.DataException("disk full");
    }
  }
}
