package org.sonarreview.rules.design;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.tree.TypeText;

/**
 * Splits a parameter list into units: a run of same-typed parameters named by position
 * ({@code arg1, arg2, arg3}, or {@code a, b, c} from {@code a}) is one unit, the fixed-arity stand-in for a
 * varargs parameter in an overload family such as {@code concat(a, b, c, d)} or {@code format(format, arg1 .. arg4)};
 * every other parameter is a unit of its own.
 */
public final class PositionalParameters {

  private static final Pattern NUMBERED = Pattern.compile("([A-Za-z_$][A-Za-z_$]*?)(\\d+)");

  private PositionalParameters() {
  }

  /** One unit: its written type and how many parameters it stands for. */
  public record Unit(String type, int size) {
  }

  public static List<Unit> units(List<VariableTree> parameters) {
    List<Unit> units = new ArrayList<>();
    int start = 0;
    while (start < parameters.size()) {
      String type = TypeText.of(parameters.get(start).type());
      int end = start + 1;
      while (end < parameters.size()
        && type.equals(TypeText.of(parameters.get(end).type()))
        && follows(name(parameters.get(end - 1)), name(parameters.get(end)), end - 1 == start)) {
        end++;
      }
      units.add(new Unit(type, end - start));
      start = end;
    }
    return units;
  }

  /** {@code arg2} follows {@code arg1}; {@code b} follows {@code a}, and a letter sequence starts at {@code a}. */
  private static boolean follows(String previous, String next, boolean previousStarts) {
    if (previous.length() == 1 && next.length() == 1) {
      // x, y, z are coordinates, a fine parameter object; only a, b, c ... are bare positions.
      return next.charAt(0) == previous.charAt(0) + 1 && (!previousStarts || previous.charAt(0) == 'a');
    }
    Matcher before = NUMBERED.matcher(previous);
    Matcher after = NUMBERED.matcher(next);
    return before.matches() && after.matches()
      && before.group(1).equals(after.group(1))
      && after.group(2).length() < 10
      && before.group(2).length() < 10
      && Long.parseLong(after.group(2)) == Long.parseLong(before.group(2)) + 1;
  }

  private static String name(VariableTree parameter) {
    return parameter.simpleName().name();
  }
}
