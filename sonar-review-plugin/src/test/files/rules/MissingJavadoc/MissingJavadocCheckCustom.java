package com.acme;

/** Documented. */
public class Custom {
  private String label;

  public abstract static class Base { // Noncompliant {{Add a Javadoc comment to the public class 'Base'.}}
    public abstract void run(); // Noncompliant {{Add a Javadoc comment to the public method 'run()'.}}
  }

  public String getLabel() { // Noncompliant {{Add a Javadoc comment to the public method 'getLabel()'.}}
    return label;
  }

  public Custom() { // Noncompliant {{Add a Javadoc comment to the public constructor 'Custom()'.}}
  }
}
