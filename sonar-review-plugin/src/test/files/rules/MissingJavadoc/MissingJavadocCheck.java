package com.acme;

import java.util.ArrayList;
import java.util.List;

public class Undocumented { // Deviation {{Add a Javadoc comment to the public class 'Undocumented': 90% of the 70 public types in package 'com.acme' have Javadoc.}}

  private final List<String> names = new ArrayList<>();
  private String label;
  private boolean active;

  public Undocumented(String label, int size) { // Deviation {{Add a Javadoc comment to the public constructor 'Undocumented(String, int)': 96% of the 62 public constructors in package 'com.acme' have Javadoc.}}
    this.label = label;
    names.add(label);
  }

  public Undocumented() { // one statement: below minimumStatements
    this("none", 0);
  }

  public int count(String prefix) { // Deviation {{Add a Javadoc comment to the public method 'count(String)': 87% of the 71 public methods in package 'com.acme' have Javadoc.}}
    int n = 0;
    for (String name : names) {
      if (name.startsWith(prefix)) {
        n++;
      }
    }
    return n;
  }

  protected void reset(List<String>... others) { // Deviation {{Add a Javadoc comment to the protected method 'reset(List<String>...)': 98% of the 61 protected methods in package 'com.acme' have Javadoc.}}
    names.clear();
    label = null;
  }

  public void nested() { // Deviation {{Add a Javadoc comment to the public method 'nested()': 87% of the 71 public methods in package 'com.acme' have Javadoc.}}
    if (active) {
      names.clear();
    }
  }

  public String small() { // one statement
    return label;
  }

  /** Documented. */
  public void documented() {
    names.clear();
    label = null;
  }

  /// Markdown doc comments count as Javadoc.
  public void markdown() {
    names.clear();
    label = null;
  }

  void packagePrivate() { // not API
    names.clear();
    label = null;
  }

  private void hidden() { // not API
    names.clear();
    label = null;
  }

  @Override
  public String toString() { // an override: documentation is inherited
    String text = label;
    return text + names;
  }

  public boolean equals(Object other) { // an override without @Override: documentation is inherited
    boolean same = other == this;
    return same;
  }

  public String getLabel() { // accessor: getter of field `label`
    String current = label;
    return current == null ? "" : current;
  }

  public void setLabel(String label) { // accessor: setter of field `label`
    names.remove(this.label);
    this.label = label;
  }

  public boolean isActive() { // accessor: isX of field `active`
    boolean current = active;
    return current;
  }

  public List<String> names() { // accessor: record style
    List<String> copy = List.copyOf(names);
    return copy;
  }

  public String getDescription() { // Deviation {{Add a Javadoc comment to the public method 'getDescription()': 87% of the 71 public methods in package 'com.acme' have Javadoc.}}
    String text = label + names;
    return text.trim();
  }

  public void setDescription(String description) { // Deviation {{Add a Javadoc comment to the public method 'setDescription(String)': 87% of the 71 public methods in package 'com.acme' have Javadoc.}}
    label = description;
    names.add(description);
  }

  public static class Builder { // Deviation {{Add a Javadoc comment to the public class 'Builder': 90% of the 70 public types in package 'com.acme' have Javadoc.}}
    private String label;

    public Builder label(String label) { // accessor: builder-style setter
      this.label = label;
      return this;
    }

    public Builder withLabel(String label) { // accessor: builder-style setter
      this.label = label;
      return this;
    }

    public Builder setLabel(String label) { // accessor: builder-style setter
      this.label = label;
      return this;
    }

    public Builder colour(String colour) { // Deviation {{Add a Javadoc comment to the public method 'colour(String)': 87% of the 71 public methods in package 'com.acme' have Javadoc.}}
      this.label = colour;
      return this;
    }
  }

  static class PackagePrivateNested { // not API
    public void work() {
      label();
      label();
    }

    void label() {
    }
  }

  private static class PrivateNested { // members of private classes are not API
    public void work() {
      work();
      work();
    }
  }

  protected static class ProtectedNested { // only public types count
  }

  public interface Listener { // Deviation {{Add a Javadoc comment to the public interface 'Listener': 90% of the 70 public types in package 'com.acme' have Javadoc.}}
    void onEvent(String event); // no body: no statements

    default void onBoth(String a, String b) { // Deviation {{Add a Javadoc comment to the public method 'onBoth(String, String)': 87% of the 71 public methods in package 'com.acme' have Javadoc.}}
      onEvent(a);
      onEvent(b);
    }

    private void helper() { // private interface method
      onEvent("a");
      onEvent("b");
    }

    class Implicit { // Deviation {{Add a Javadoc comment to the public class 'Implicit': 90% of the 70 public types in package 'com.acme' have Javadoc.}}
    }
  }

  public void withLocalAndAnonymous() { // Deviation {{Add a Javadoc comment to the public method 'withLocalAndAnonymous()': 87% of the 71 public methods in package 'com.acme' have Javadoc.}}
    class Local { // members of local classes are not API
      public void work() {
        work();
        work();
      }
    }
    Runnable task = new Runnable() { // members of anonymous classes are not API
      @Override
      public void run() {
        run();
        run();
      }

      public void extra() {
        extra();
        extra();
      }
    };
  }

  public void lambdaParametersAreNotStatements() { // one statement: the lambda's parameter is not a statement
    names.forEach(name -> System.out.println(name));
  }
}

class PackagePrivateType { // not API
  public void work() {
    work();
    work();
  }
}

/** A documented type. */
public enum Colour {
  RED {
    @Override
    public String code() {
      String c = "r";
      return c;
    }
  };

  public String code() { // Deviation {{Add a Javadoc comment to the public method 'code()': 87% of the 71 public methods in package 'com.acme' have Javadoc.}}
    String c = name();
    return c.toLowerCase();
  }
}

public @interface Marker { // Deviation {{Add a Javadoc comment to the public annotation type 'Marker': 90% of the 70 public types in package 'com.acme' have Javadoc.}}
  String value();
}

/**
 * A point.
 *
 * @param x the x
 * @param y the y
 */
public record Point(int x, int y) {
  public Point { // compact constructor: documented by the record's @param tags
    if (x < 0) {
      throw new IllegalArgumentException();
    }
  }

  public Point(int both) { // Deviation {{Add a Javadoc comment to the public constructor 'Point(int)': 96% of the 62 public constructors in package 'com.acme' have Javadoc.}}
    this(both, both);
    System.out.println(both);
  }

  public int x() { // accessor: explicit record accessor
    int value = x;
    return value;
  }

  public String describe(Object shape) { // Deviation {{Add a Javadoc comment to the public method 'describe(Object)': 87% of the 71 public methods in package 'com.acme' have Javadoc.}}
    String text = """
      point
      """;
    return switch (shape) {
      case Point(int a, int b) when a > b -> text;
      case Point p -> "point";
      default -> "other";
    };
  }
}

public sealed interface Shape permits Circle { // Deviation {{Add a Javadoc comment to the public interface 'Shape': 90% of the 70 public types in package 'com.acme' have Javadoc.}}
}

public record Circle(double r) implements Shape { // Deviation {{Add a Javadoc comment to the public record 'Circle': 90% of the 70 public types in package 'com.acme' have Javadoc.}}
}

@SuppressWarnings("review:MissingJavadoc")
public class Suppressed {
  public void work() {
    work();
    work();
  }
}

@lombok.Generated
public class GeneratedType {
}
