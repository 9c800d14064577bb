package com.acme;

import jakarta.xml.bind.annotation.XmlRegistry;

/** Creates the bindings of the com.acme package. */
@XmlRegistry
public class HandWrittenFactory { // Noncompliant {{Class 'HandWrittenFactory' has 3 methods (max 2, accessors not counted); split it into smaller types with one job each.}}

  public Object createPerson() {
    return new Object();
  }

  public Object createAddress() {
    return new Object();
  }

  public Object createPhone() {
    return new Object();
  }
}
