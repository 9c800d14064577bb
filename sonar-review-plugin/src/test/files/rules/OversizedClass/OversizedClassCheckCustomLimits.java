package com.acme;

interface Small { // Noncompliant {{Interface 'Small' has 3 methods (max 2, accessors not counted); split it into smaller types with one job each.}}
  void a();
  void b();
  void c();
}

enum Lines { // Noncompliant {{Enum 'Lines' has 7 lines of code (max 6); split it into smaller types with one job each.}}
  A,
  B,
  C;
  // comments
  // do not count

  void a() {
  }
}

enum Fits {
  A, B;
  // comments
  // do not count
  void a() {
  }
}

@interface Annotation { // Noncompliant {{Annotation type 'Annotation' has 3 methods (max 2, accessors not counted); split it into smaller types with one job each.}}
  String a();
  String b();
  String c();
}
