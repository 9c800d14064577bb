package com.acme;

/** Documented. */
public class Custom {
  private String label;

  public abstract static class Base { // Deviation {{Add a Javadoc comment to the public class 'Base': 98% of the 63 public types in package 'com.acme' have Javadoc.}}
    public abstract void run(); // Deviation {{Add a Javadoc comment to the public method 'run()': 96% of the 62 public methods in package 'com.acme' have Javadoc.}}
  }

  public String getLabel() { // Deviation {{Add a Javadoc comment to the public method 'getLabel()': 96% of the 62 public methods in package 'com.acme' have Javadoc.}}
    return label;
  }

  public Custom() { // Deviation {{Add a Javadoc comment to the public constructor 'Custom()': 98% of the 61 public constructors in package 'com.acme' have Javadoc.}}
  }
}
