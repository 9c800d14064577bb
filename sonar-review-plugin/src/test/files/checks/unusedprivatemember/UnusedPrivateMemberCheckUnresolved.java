package com.acme;

import org.unknown.Library;
import org.unknown.Widget;

class UnresolvedTypes {

  private Widget widget;

  void run(Library library) {
    library.register(this::callback);
    Library.apply(convert(widget.size()));
  }

  private void callback(Widget w) { // used through an unresolved call: stays silent
  }

  private int convert(Object size) { // argument type unknown: stays silent
    return 0;
  }

  private void unusedButSameNameUnresolved() {
  }

  void other(Library library) {
    library.unusedButSameNameUnresolved();
  }

  private void reallyUnused() { // Noncompliant {{Remove the unused private method `reallyUnused`.}}
  }
}
