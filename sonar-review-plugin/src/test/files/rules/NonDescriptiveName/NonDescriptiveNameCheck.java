package com.acme;

import java.util.List;
import java.util.function.Function;

class ProjectImport {

  private String q; // Noncompliant {{Rename 'q' to say what it holds: one-letter names are for loop counters and short scopes.}}
//               ^
  private String data; // Noncompliant {{Rename 'data' to say what it holds: 'data' is too generic.}}
  private int projCnt; // Noncompliant {{'projCnt': spell out 'proj' as 'project' and 'cnt' as 'count'.}}
  private List<String> mAdapterItems; // Android field prefix
  private static ProjectImport sInstance; // Android field prefix
  private static final String CREATE_AUDIT_IDX_INDEX = "create index audit_idx"; // both `idx` and `index`: kept apart on purpose
  private static final int MAX_PROJ_CNT = 10; // Noncompliant {{'MAX_PROJ_CNT': spell out 'proj' as 'project' and 'cnt' as 'count'.}}
  private long id; // allowed word
  private String dbUrl; // allowed words

  void load(List<String> rows, String incompleteProjId) { // Noncompliant {{'incompleteProjId': spell out 'proj' as 'project'.}}
    int n = rows.size(); // a number: named like the variable of a formula
    String tmp = rows.get(0); // Noncompliant {{Rename 'tmp' to say what it holds: 'tmp' is too generic.}}
    for (int i = 0; i < n; i++) { // loop counter in a for header
      rows.set(i, tmp);
    }
    for (String s : rows) { // loop variable in a for-each header
      tmp = s;
    }
    for (int idx = 0; idx < n; idx++) { // loop counter in a for header
    }
    try {
      n++;
    } catch (RuntimeException e) { // caught exception `e`
      throw e;
    }
    try {
      n++;
    } catch (IllegalStateException ex) { // caught exception `ex`
      throw ex;
    } catch (RuntimeException t) { // one-letter caught exception
      throw t;
    }
    Function<String, String> trimmer = v -> v.trim(); // lambda parameter
    rows.forEach(r -> {
      String trimmed = r.trim();
      System.out.println(trimmed);
    });
  }

  int usrCount() { // Noncompliant {{'usrCount': spell out 'usr' as 'user'.}}
    int c = 1; // short scope: 3 lines or fewer
    return c;
  }

  String longer(String w) { // Noncompliant {{Rename 'w' to say what it holds: one-letter names are for loop counters and short scopes.}}
    String doubled = w + w;
    String tripled = w + w + w;
    return doubled + tripled;
  }

  int shortMethod(int k) { return k * 2; } // short scope

  void move(int x, int y) { // x and y together: coordinates
    int total = x + y;
    System.out.println(total);
    System.out.println(x);
  }

  void shift(String x, String offset) { // Noncompliant {{Rename 'x' to say what it holds: one-letter names are for loop counters and short scopes.}}
    String total = x + offset;
    System.out.println(total);
    System.out.println(x);
  }

  @Override
  public boolean equals(Object obj) { // overriding method's parameter
    return super.equals(obj);
  }

  @Override
  public int hashCode() {
    return 1;
  }
}

class Idioms<E> {
  private Object obj; // generic name for an arbitrary object: the type says no more
  private int numRows; // `num` is not in the default abbreviations: "number of" is a Java idiom

  void add(E e) { // `E e`: the name echoes a type variable
    System.out.println(e);
    System.out.println(e);
    System.out.println(e);
  }

  void fail(Exception e) { // an exception named `e`
    System.out.println(e);
    System.out.println(e);
    System.out.println(e);
  }

  int scan(String text) {
    int i = 0; // `int i`: an index
    char c = text.charAt(i); // `char c`: a character
    while (i < text.length() && c == ' ') {
      i++;
      c = text.charAt(i);
    }
    return i;
  }

  static int compare(Object a, Object b) { // `a` and `b` together: operands
    int left = a.hashCode();
    int right = b.hashCode();
    return left - right;
  }

  static int sizes(java.util.Collection<?> c, CodeEmitter e) { // letters that abbreviate a word of their type
    int size = c.size();
    e.emit(size);
    e.emit(size);
    return size;
  }

  static String render(Object o, Boolean b) { // Noncompliant {{Rename 'o' to say what it holds: one-letter names are for loop counters and short scopes.}}
    // Noncompliant@-1 {{Rename 'b' to say what it holds: one-letter names are for loop counters and short scopes.}}
    String text = String.valueOf(o);
    text = text + b;
    return text;
  }

  static boolean isPrime(long n, java.math.BigInteger p) { // numbers: the variables of a formula
    if (n < 2) {
      return false;
    }
    for (long divisor = 2; divisor * divisor <= n; divisor++) {
      if (n % divisor == 0) {
        return false;
      }
    }
    return p.longValue() != n;
  }

  static void swap(int[] values, int first, int second) {
    int tmp = values[first]; // generic name with a scope of 3 lines or fewer
    values[first] = values[second];
    values[second] = tmp;
  }

  static void sortPair(int[] values, int first, int second) {
    if (values[first] > values[second]) {
      int tmp = values[first]; // generic name last used 2 lines below: a swap in a longer block
      values[first] = values[second];
      values[second] = tmp;
      System.out.println(values[first]);
      System.out.println(values[second]);
    }
  }

  static void reverse(int[] values) {
    int first = 0;
    int last = values.length - 1;
    int tmp; // declared before the loop, lives 3 lines from its first use
    while (last > first) {
      tmp = values[last];
      values[last] = values[first];
      values[first] = tmp;
      last--;
      first++;
    }
  }

  static int describe(ResolutionInfo info, byte[] data) { // the type says which info; raw bytes are data
    System.out.println(info);
    System.out.println(data);
    System.out.println(info);
    return data.length;
  }

  static String joinAll(List<String> values) {
    String tmp = ""; // Noncompliant {{Rename 'tmp' to say what it holds: 'tmp' is too generic.}}
    System.out.println(values);
    System.out.println(values);
    tmp = tmp + values; // used 4 lines after its declaration
    return "";
  }

  String label(String s) { // Noncompliant {{Rename 's' to say what it holds: one-letter names are for loop counters and short scopes.}}
    String data = s.trim(); // Noncompliant {{Rename 'data' to say what it holds: 'data' is too generic.}}
    System.out.println(data);
    System.out.println(data);
    return data;
  }
}

class ResolutionInfo {
}

class CodeEmitter {
  void emit(int value) {
  }
}

interface Shape {
  double area(double f); // abstract: no scope to speak of
}

class Point {
  private int x; // coordinates together
  private int y;
  private int z;

  int sum() {
    return x + y + z;
  }
}

sealed interface Reference permits UserRef, GroupRef { }
record UserRef(String usrName) implements Reference { } // Noncompliant {{'usrName': spell out 'usr' as 'user'.}}
record GroupRef(String name) implements Reference { }

class Java21 {
  String describe(Object o) { // Noncompliant {{Rename 'o' to say what it holds: one-letter names are for loop counters and short scopes.}}
    return switch (o) {
      case UserRef u -> """
        user
        """;
      case GroupRef g -> g.name();
      default -> {
        String res = "other"; // Noncompliant {{Rename 'res' to say what it holds: 'res' is too generic.}}
        System.out.println(res);
        System.out.println(res);
        yield res;
      }
    };
  }
}

class Suppressed {
  @SuppressWarnings("review:NonDescriptiveName")
  private Object stuff;

  @SuppressWarnings("review:NonDescriptiveName")
  void cntRows() {
  }
}
