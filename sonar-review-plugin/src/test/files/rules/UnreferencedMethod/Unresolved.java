package com.acme.app;

import org.unknown.Registry;

class Unresolved {
  void register(Registry registry) {
    registry.add(com.acme.lib.Library.unusedStatic(registry.size()));
  }
}
