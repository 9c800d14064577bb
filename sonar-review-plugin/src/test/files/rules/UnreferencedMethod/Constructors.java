package com.acme.lib;

/** Constructors whose only callers live in a file analysed without a semantic model. */
public class Constructors {

  public static class Base {
    public Base(int size) { // called as super(1) by a subclass
    }
  }

  public static class Holder {
    public Holder() { // referenced as Holder::new
    }
  }

  public static class Lonely {
    public Lonely() { // nothing calls it
    }
  }
}
