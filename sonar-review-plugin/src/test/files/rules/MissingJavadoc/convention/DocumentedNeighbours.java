package com.acme;

// The package's habit: every kind of API declaration documented.

/** Neighbours of the fixture. */
public class DocumentedNeighbours {

  /** Part 1. */
  public static class Part1 {
    private int total;
    private String label;

    /** Creates it. */
    public Part1(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 2. */
  public static class Part2 {
    private int total;
    private String label;

    /** Creates it. */
    public Part2(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 3. */
  public static class Part3 {
    private int total;
    private String label;

    /** Creates it. */
    public Part3(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 4. */
  public static class Part4 {
    private int total;
    private String label;

    /** Creates it. */
    public Part4(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 5. */
  public static class Part5 {
    private int total;
    private String label;

    /** Creates it. */
    public Part5(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 6. */
  public static class Part6 {
    private int total;
    private String label;

    /** Creates it. */
    public Part6(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 7. */
  public static class Part7 {
    private int total;
    private String label;

    /** Creates it. */
    public Part7(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 8. */
  public static class Part8 {
    private int total;
    private String label;

    /** Creates it. */
    public Part8(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 9. */
  public static class Part9 {
    private int total;
    private String label;

    /** Creates it. */
    public Part9(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 10. */
  public static class Part10 {
    private int total;
    private String label;

    /** Creates it. */
    public Part10(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 11. */
  public static class Part11 {
    private int total;
    private String label;

    /** Creates it. */
    public Part11(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 12. */
  public static class Part12 {
    private int total;
    private String label;

    /** Creates it. */
    public Part12(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 13. */
  public static class Part13 {
    private int total;
    private String label;

    /** Creates it. */
    public Part13(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 14. */
  public static class Part14 {
    private int total;
    private String label;

    /** Creates it. */
    public Part14(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 15. */
  public static class Part15 {
    private int total;
    private String label;

    /** Creates it. */
    public Part15(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 16. */
  public static class Part16 {
    private int total;
    private String label;

    /** Creates it. */
    public Part16(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 17. */
  public static class Part17 {
    private int total;
    private String label;

    /** Creates it. */
    public Part17(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 18. */
  public static class Part18 {
    private int total;
    private String label;

    /** Creates it. */
    public Part18(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 19. */
  public static class Part19 {
    private int total;
    private String label;

    /** Creates it. */
    public Part19(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 20. */
  public static class Part20 {
    private int total;
    private String label;

    /** Creates it. */
    public Part20(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 21. */
  public static class Part21 {
    private int total;
    private String label;

    /** Creates it. */
    public Part21(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 22. */
  public static class Part22 {
    private int total;
    private String label;

    /** Creates it. */
    public Part22(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 23. */
  public static class Part23 {
    private int total;
    private String label;

    /** Creates it. */
    public Part23(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 24. */
  public static class Part24 {
    private int total;
    private String label;

    /** Creates it. */
    public Part24(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 25. */
  public static class Part25 {
    private int total;
    private String label;

    /** Creates it. */
    public Part25(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 26. */
  public static class Part26 {
    private int total;
    private String label;

    /** Creates it. */
    public Part26(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 27. */
  public static class Part27 {
    private int total;
    private String label;

    /** Creates it. */
    public Part27(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 28. */
  public static class Part28 {
    private int total;
    private String label;

    /** Creates it. */
    public Part28(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 29. */
  public static class Part29 {
    private int total;
    private String label;

    /** Creates it. */
    public Part29(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 30. */
  public static class Part30 {
    private int total;
    private String label;

    /** Creates it. */
    public Part30(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 31. */
  public static class Part31 {
    private int total;
    private String label;

    /** Creates it. */
    public Part31(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 32. */
  public static class Part32 {
    private int total;
    private String label;

    /** Creates it. */
    public Part32(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 33. */
  public static class Part33 {
    private int total;
    private String label;

    /** Creates it. */
    public Part33(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 34. */
  public static class Part34 {
    private int total;
    private String label;

    /** Creates it. */
    public Part34(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 35. */
  public static class Part35 {
    private int total;
    private String label;

    /** Creates it. */
    public Part35(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 36. */
  public static class Part36 {
    private int total;
    private String label;

    /** Creates it. */
    public Part36(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 37. */
  public static class Part37 {
    private int total;
    private String label;

    /** Creates it. */
    public Part37(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 38. */
  public static class Part38 {
    private int total;
    private String label;

    /** Creates it. */
    public Part38(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 39. */
  public static class Part39 {
    private int total;
    private String label;

    /** Creates it. */
    public Part39(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 40. */
  public static class Part40 {
    private int total;
    private String label;

    /** Creates it. */
    public Part40(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 41. */
  public static class Part41 {
    private int total;
    private String label;

    /** Creates it. */
    public Part41(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 42. */
  public static class Part42 {
    private int total;
    private String label;

    /** Creates it. */
    public Part42(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 43. */
  public static class Part43 {
    private int total;
    private String label;

    /** Creates it. */
    public Part43(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 44. */
  public static class Part44 {
    private int total;
    private String label;

    /** Creates it. */
    public Part44(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 45. */
  public static class Part45 {
    private int total;
    private String label;

    /** Creates it. */
    public Part45(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 46. */
  public static class Part46 {
    private int total;
    private String label;

    /** Creates it. */
    public Part46(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 47. */
  public static class Part47 {
    private int total;
    private String label;

    /** Creates it. */
    public Part47(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 48. */
  public static class Part48 {
    private int total;
    private String label;

    /** Creates it. */
    public Part48(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 49. */
  public static class Part49 {
    private int total;
    private String label;

    /** Creates it. */
    public Part49(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 50. */
  public static class Part50 {
    private int total;
    private String label;

    /** Creates it. */
    public Part50(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 51. */
  public static class Part51 {
    private int total;
    private String label;

    /** Creates it. */
    public Part51(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 52. */
  public static class Part52 {
    private int total;
    private String label;

    /** Creates it. */
    public Part52(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 53. */
  public static class Part53 {
    private int total;
    private String label;

    /** Creates it. */
    public Part53(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 54. */
  public static class Part54 {
    private int total;
    private String label;

    /** Creates it. */
    public Part54(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 55. */
  public static class Part55 {
    private int total;
    private String label;

    /** Creates it. */
    public Part55(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 56. */
  public static class Part56 {
    private int total;
    private String label;

    /** Creates it. */
    public Part56(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 57. */
  public static class Part57 {
    private int total;
    private String label;

    /** Creates it. */
    public Part57(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 58. */
  public static class Part58 {
    private int total;
    private String label;

    /** Creates it. */
    public Part58(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 59. */
  public static class Part59 {
    private int total;
    private String label;

    /** Creates it. */
    public Part59(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }

  /** Part 60. */
  public static class Part60 {
    private int total;
    private String label;

    /** Creates it. */
    public Part60(int start, String label) {
      this.total = start;
      this.label = label;
    }

    /** Adds. */
    public int add(int value) {
      total += value;
      return total;
    }

    /** Renames. */
    protected String rename(String suffix) {
      label = label + suffix;
      return label;
    }
  }
}
