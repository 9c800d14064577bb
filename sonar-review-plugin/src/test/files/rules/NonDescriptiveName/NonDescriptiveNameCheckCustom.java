class Custom {
  private int blob; // Noncompliant {{Rename 'blob' to say what it holds: 'blob' is too generic.}}
  private String data; // not in the custom generic names
  private int projCnt; // Noncompliant {{'projCnt': spell out 'cnt' as 'count'.}}
  private int numRows; // `num` is allowed here
  private int q; // `q` is allowed here
}
