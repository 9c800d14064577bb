package com.acme.internal;

public class Hidden { // not exported by module-info.java: not public API
  public void work() {
    work();
    work();
  }
}
