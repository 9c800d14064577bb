package com.acme.order;

class Messy {
  Messy(String name) { // Deviation {{Move this constructor after the instance fields: 92% of the 13 classes with instance fields and constructors in package 'com.acme.order' put instance fields before constructors.}}
    this.name = name;
  }

  private final String name;

  String name() {
    return name;
  }
}
