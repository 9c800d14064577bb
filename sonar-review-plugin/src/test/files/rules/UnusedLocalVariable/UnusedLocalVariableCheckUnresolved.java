package com.acme;

import org.unknown.Library;
import org.unknown.Widget;

class UnresolvedTypes {

  void run(Library library) {
    Widget widget = library.widget();
    int size = 3;
    library.apply(() -> widget.resize(size)); // lambda of an unresolved call: stays silent
    Widget spare = library.widget(); // Noncompliant {{Remove the unused local variable 'spare'.}}
  }
}
