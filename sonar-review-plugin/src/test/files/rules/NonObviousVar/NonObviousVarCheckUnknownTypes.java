package com.acme;

import org.unknown.Repository;

class UnknownTypes {
  void find(Repository repository) {
    var found = repository.find(1); // unknown type: stay silent
    var field = repository.cache;
  }
}
