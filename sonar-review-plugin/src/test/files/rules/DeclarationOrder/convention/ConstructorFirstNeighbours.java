package com.acme.order;

// The package puts constructors before instance fields.

class MikeTwo {
  MikeTwo(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class NovemberTwo {
  NovemberTwo(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class OscarTwo {
  OscarTwo(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class PapaTwo {
  PapaTwo(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class QuebecTwo {
  QuebecTwo(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class RomeoTwo {
  RomeoTwo(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class SierraTwo {
  SierraTwo(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class TangoTwo {
  TangoTwo(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class UniformTwo {
  UniformTwo(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class VictorTwo {
  VictorTwo(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class WhiskeyTwo {
  WhiskeyTwo(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class XrayTwo {
  XrayTwo(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}
