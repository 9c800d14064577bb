package com.acme;

import org.unknown.Handler;
import org.unknown.BaseService;

class UnknownParent extends BaseService implements Handler {
  public void handle(String event) { // unknown supertypes: might override, never guess
  }

  public String toString() { // Noncompliant {{Add '@Override': 'toString' overrides 'Object.toString'.}}
    return "known even with unknown supertypes";
  }
}

class UnknownParameterType {
  void accept(org.unknown.Event event) { // unknown parameter type in a known hierarchy
  }
}
