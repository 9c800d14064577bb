package com.acme.single;

/** In SonarLint only this file is seen: its own habit is the convention. */
public class MissingJavadocCheckSingleFile {

  private int total;

  /** Adds 1. */
  public int add1(int value) {
    total += value * 1;
    return total;
  }

  /** Adds 2. */
  public int add2(int value) {
    total += value * 2;
    return total;
  }

  /** Adds 3. */
  public int add3(int value) {
    total += value * 3;
    return total;
  }

  /** Adds 4. */
  public int add4(int value) {
    total += value * 4;
    return total;
  }

  /** Adds 5. */
  public int add5(int value) {
    total += value * 5;
    return total;
  }

  /** Adds 6. */
  public int add6(int value) {
    total += value * 6;
    return total;
  }

  /** Adds 7. */
  public int add7(int value) {
    total += value * 7;
    return total;
  }

  /** Adds 8. */
  public int add8(int value) {
    total += value * 8;
    return total;
  }

  /** Adds 9. */
  public int add9(int value) {
    total += value * 9;
    return total;
  }

  /** Adds 10. */
  public int add10(int value) {
    total += value * 10;
    return total;
  }

  public int subtract(int value) { // Noncompliant {{Add a Javadoc comment to the public method 'subtract(int)': 90% of the 11 public methods in this file have Javadoc.}}
    total -= value;
    return total;
  }
}
