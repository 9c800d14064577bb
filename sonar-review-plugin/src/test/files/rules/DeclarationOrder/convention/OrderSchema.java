package com.acme.order;

class OrderSchema {
  private final String name; // Deviation {{Move this instance field after the constructors: 92% of the 13 classes with instance fields and constructors named '*Schema' in the project put constructors before instance fields.}}

  OrderSchema(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }
}
