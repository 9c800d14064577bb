package com.acme;

import java.util.List;
import java.util.function.Function;

/**
 *  Comment interiors are left alone:
 *      odd indentation here is content.
 */
class Spaces {
  private int count;
   private int size; // Noncompliant {{Indent this line like its siblings in the block (2 spaces, not 3 spaces).}}
  private String name;

  void siblings(List<String> items) {
    int a = 1;
    int b = 2;
      int c = 3; // Noncompliant {{Indent this line like its siblings in the block (4 spaces, not 6 spaces).}}
    if (a > b) {
    run(); // Noncompliant {{Indent the body of this block deeper than the line that opens it (line 19).}}
    run();
    }
    for (String item : items) {
      run();
    }
  }

  void continuation(int first,
      int second) {
    if (first > 0
        && second > 0) { // continuation lines are left alone
      run();
    }
    String joined = String.join(",",
                                "a",
                                  "b");
    run(first,
        second);
  }

  void lambdas(List<String> items) {
    items.forEach(item -> {
      run();
    });
    items.stream()
        .map(item -> {
          return item.trim();
        })
        .forEach(item -> {
              run(); // lambda bodies are measured from their own opening line
              run();
            });
    Function<String, String> f = s -> {
    return s; // Noncompliant {{Indent the body of this block deeper than the line that opens it (line 53).}}
    };
  }

  String switches(Object value, int code) {
    switch (code) {
    case 1: // case labels at the switch's column are left alone
      run();
      break;
    case 2:
    run(); // at the label's column: the project's habit decides, and one file is too few to learn it
    break;
    case 3:
      run();
    break; // a break at the label's column under indented statements is a formatter choice too
    case 4:
  run(); // Noncompliant {{Indent the body of this block deeper than the line that opens it (line 69).}}
    case 5:
      run();
        run(); // Noncompliant {{Indent this line like its siblings in the block (6 spaces, not 8 spaces).}}
        break; // Noncompliant {{Indent this line like its siblings in the block (6 spaces, not 8 spaces).}}
    default:
      break;
    }
    return switch (value) {
      case Integer i when i > 1 -> """
  text blocks are left alone
      whatever their indentation
""";
      case String s -> {
        yield s;
      }
       default -> "other"; // Noncompliant {{Indent this line like its siblings in the block (6 spaces, not 7 spaces).}}
    };
  }

  void elses(int a) {
    if (a > 1) {
      run();
    } else if (a > 0) {
      run();
    } else {
      run();
    }
    try {
      run();
    } catch (RuntimeException e) {
      run();
    } finally {
      run();
    }
  }

  void run(int... values) {
  }
}

sealed interface Shape permits Circle, Square { }
record Circle(double r) implements Shape { }
record Square(double side) implements Shape {
  Square {
    if (side < 0) {
      throw new IllegalArgumentException();
    }
  }
}

class Tabs {
	void mixed() { // Noncompliant {{These 3 lines are indented with tabs while most of the file uses spaces; use spaces.}}
		run();
	}
  void run() {
 	  run(); // Noncompliant {{Remove the space before the tab in this line's indentation.}}
  }
}

class Unknown extends NotOnClasspath {
  UnknownType value = UnknownFactory.create();
    UnknownType other; // Noncompliant {{Indent this line like its siblings in the block (2 spaces, not 4 spaces).}}
}

@SuppressWarnings("review:InconsistentIndentation")
class Suppressed {
  int a;
   int b;
}
