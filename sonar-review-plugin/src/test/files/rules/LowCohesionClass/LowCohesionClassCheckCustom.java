class FewMethods { // Noncompliant {{Split this class: its members form 2 groups that share no field and no call; see the groups in the secondary locations.}}
  private int a;
  private int b;
  void m1() { a++; }
  void m2() { a--; }
  void m3() { b++; }
  void m4() { b--; }
}

class ThreeSmallGroups { // Noncompliant {{Split this class: its members form 3 groups that share no field and no call; see the groups in the secondary locations.}}
  private int a;
  private int b;
  private int c;
  void m1() { a++; }
  void m2() { b++; }
  void m3() { c++; }
  void m4() { a--; }
}
