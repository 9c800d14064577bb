package com.acme.order;

// Schema classes, whatever the package does, put their constructor first.

class AlphaSchema {
  AlphaSchema(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class BravoSchema {
  BravoSchema(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class CharlieSchema {
  CharlieSchema(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class DeltaSchema {
  DeltaSchema(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class EchoSchema {
  EchoSchema(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class FoxtrotSchema {
  FoxtrotSchema(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class GolfSchema {
  GolfSchema(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class HotelSchema {
  HotelSchema(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class IndiaSchema {
  IndiaSchema(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class JulietSchema {
  JulietSchema(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class KiloSchema {
  KiloSchema(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}

class LimaSchema {
  LimaSchema(String name) {
    this.name = name;
  }

  private final String name;
  private int size;

  int size() {
    return size;
  }
}
