package com.acme;

// The package's habit: every kind of API declaration left undocumented.

public class UndocumentedNeighbours {

  public static class Part1 {
    private int total;
    private String label;

    public Part1(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part2 {
    private int total;
    private String label;

    public Part2(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part3 {
    private int total;
    private String label;

    public Part3(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part4 {
    private int total;
    private String label;

    public Part4(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part5 {
    private int total;
    private String label;

    public Part5(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part6 {
    private int total;
    private String label;

    public Part6(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part7 {
    private int total;
    private String label;

    public Part7(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part8 {
    private int total;
    private String label;

    public Part8(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part9 {
    private int total;
    private String label;

    public Part9(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part10 {
    private int total;
    private String label;

    public Part10(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part11 {
    private int total;
    private String label;

    public Part11(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part12 {
    private int total;
    private String label;

    public Part12(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part13 {
    private int total;
    private String label;

    public Part13(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part14 {
    private int total;
    private String label;

    public Part14(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part15 {
    private int total;
    private String label;

    public Part15(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part16 {
    private int total;
    private String label;

    public Part16(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part17 {
    private int total;
    private String label;

    public Part17(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part18 {
    private int total;
    private String label;

    public Part18(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part19 {
    private int total;
    private String label;

    public Part19(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part20 {
    private int total;
    private String label;

    public Part20(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part21 {
    private int total;
    private String label;

    public Part21(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part22 {
    private int total;
    private String label;

    public Part22(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part23 {
    private int total;
    private String label;

    public Part23(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part24 {
    private int total;
    private String label;

    public Part24(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part25 {
    private int total;
    private String label;

    public Part25(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part26 {
    private int total;
    private String label;

    public Part26(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part27 {
    private int total;
    private String label;

    public Part27(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part28 {
    private int total;
    private String label;

    public Part28(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part29 {
    private int total;
    private String label;

    public Part29(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part30 {
    private int total;
    private String label;

    public Part30(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part31 {
    private int total;
    private String label;

    public Part31(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part32 {
    private int total;
    private String label;

    public Part32(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part33 {
    private int total;
    private String label;

    public Part33(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part34 {
    private int total;
    private String label;

    public Part34(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part35 {
    private int total;
    private String label;

    public Part35(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part36 {
    private int total;
    private String label;

    public Part36(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part37 {
    private int total;
    private String label;

    public Part37(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part38 {
    private int total;
    private String label;

    public Part38(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part39 {
    private int total;
    private String label;

    public Part39(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part40 {
    private int total;
    private String label;

    public Part40(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part41 {
    private int total;
    private String label;

    public Part41(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part42 {
    private int total;
    private String label;

    public Part42(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part43 {
    private int total;
    private String label;

    public Part43(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part44 {
    private int total;
    private String label;

    public Part44(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part45 {
    private int total;
    private String label;

    public Part45(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part46 {
    private int total;
    private String label;

    public Part46(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part47 {
    private int total;
    private String label;

    public Part47(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part48 {
    private int total;
    private String label;

    public Part48(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part49 {
    private int total;
    private String label;

    public Part49(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part50 {
    private int total;
    private String label;

    public Part50(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part51 {
    private int total;
    private String label;

    public Part51(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part52 {
    private int total;
    private String label;

    public Part52(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part53 {
    private int total;
    private String label;

    public Part53(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part54 {
    private int total;
    private String label;

    public Part54(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part55 {
    private int total;
    private String label;

    public Part55(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part56 {
    private int total;
    private String label;

    public Part56(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part57 {
    private int total;
    private String label;

    public Part57(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part58 {
    private int total;
    private String label;

    public Part58(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part59 {
    private int total;
    private String label;

    public Part59(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  public static class Part60 {
    private int total;
    private String label;

    public Part60(int start, String label) {
      this.total = start;
      this.label = label;
    }

    public int add(int value) {
      total += value;
      return total;
    }

    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }
}
