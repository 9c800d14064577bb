package com.acme.app;

import com.acme.lib.Library;
import java.util.List;

class Caller {
  String run() {
    Library library = new Library();
    library.generic("text");
    library.callsThroughFunction(List.of(), s -> s);
    new Sub();
    return library.used();
  }

  static class Base {
    Base() { // called implicitly by Sub's constructor
    }
  }

  static class Sub extends Base {
  }
}
