package com.acme.order;

// The package puts instance fields before constructors.

class Alpha {
  private final String name;
  private int size;

  Alpha(String name) {
    this.name = name;
  }

  int size() {
    return size;
  }
}

class Bravo {
  private final String name;
  private int size;

  Bravo(String name) {
    this.name = name;
  }

  int size() {
    return size;
  }
}

class Charlie {
  private final String name;
  private int size;

  Charlie(String name) {
    this.name = name;
  }

  int size() {
    return size;
  }
}

class Delta {
  private final String name;
  private int size;

  Delta(String name) {
    this.name = name;
  }

  int size() {
    return size;
  }
}

class Echo {
  private final String name;
  private int size;

  Echo(String name) {
    this.name = name;
  }

  int size() {
    return size;
  }
}

class Foxtrot {
  private final String name;
  private int size;

  Foxtrot(String name) {
    this.name = name;
  }

  int size() {
    return size;
  }
}

class Golf {
  private final String name;
  private int size;

  Golf(String name) {
    this.name = name;
  }

  int size() {
    return size;
  }
}

class Hotel {
  private final String name;
  private int size;

  Hotel(String name) {
    this.name = name;
  }

  int size() {
    return size;
  }
}

class India {
  private final String name;
  private int size;

  India(String name) {
    this.name = name;
  }

  int size() {
    return size;
  }
}

class Juliet {
  private final String name;
  private int size;

  Juliet(String name) {
    this.name = name;
  }

  int size() {
    return size;
  }
}

class Kilo {
  private final String name;
  private int size;

  Kilo(String name) {
    this.name = name;
  }

  int size() {
    return size;
  }
}

class Lima {
  private final String name;
  private int size;

  Lima(String name) {
    this.name = name;
  }

  int size() {
    return size;
  }
}
