class UnknownParent extends com.unknown.Base {

  void process(Unknown projCnt, int q) { // unknown hierarchy: may override, the parameters' names may be imposed
    System.out.println(projCnt);
    System.out.println(q);
    System.out.println(q);
  }

  private Unknown obj; // Noncompliant {{Rename 'obj' to say what it holds: 'obj' is too generic.}}
}
