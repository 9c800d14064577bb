package org.sonarreview.rules.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.tree.Annotations;
import org.sonarreview.tree.FrameworkAnnotations;
import org.sonarreview.tree.Overrides;
import org.sonarreview.tree.TypeText;

/**
 * Methods and constructors whose parameter list is too long, has too many boolean flags, or has a run of
 * same-typed parameters that callers can swap by mistake.
 */
@Rule(key = "ComplexMethodSignature")
public class ComplexMethodSignatureCheck extends ReviewCheck {

  private static final Pattern NUMBERED_NAME = Pattern.compile("[A-Za-z]+\\d+");
  private static final Set<String> BOOLEAN_TYPES = Set.of("boolean", "Boolean", "java.lang.Boolean");

  @RuleProperty(key = "maxParameters", description = "Maximum number of parameters (a whole number, 0 or more)",
    defaultValue = "7")
  public int maxParameters;

  @RuleProperty(key = "maxBooleanParameters", description = "Maximum number of boolean or Boolean parameters (a whole number, 0 or more)",
    defaultValue = "1")
  public int maxBooleanParameters;

  @RuleProperty(key = "maxSameTypeRun", description = "Maximum number of adjacent parameters of one type (a whole number, 1 or more)",
    defaultValue = "3")
  public int maxSameTypeRun;

  private final RuleParameter<Integer> parameterLimit = parameter("maxParameters", ParameterType.atLeast(0));
  private final RuleParameter<Integer> booleanLimit = parameter("maxBooleanParameters", ParameterType.atLeast(0));
  private final RuleParameter<Integer> sameTypeRunLimit = parameter("maxSameTypeRun", ParameterType.atLeast(1));

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.METHOD, Tree.Kind.CONSTRUCTOR);
  }

  @Override
  public void visitNode(Tree tree) {
    MethodTree method = (MethodTree) tree;
    if (isImposedSignature(method)) {
      return;
    }
    List<VariableTree> parameters = method.parameters();
    if (isNumberedFamily(parameters)) {
      // of(e1, e2, ... e6), fromBytes(b1 .. b8): a fixed-arity overload, not a list of distinct values.
      return;
    }
    // A positional run (concat(a, b, c, d), format(format, arg1 .. arg4)) stands for one varargs parameter.
    List<PositionalParameters.Unit> units = PositionalParameters.units(parameters);
    List<String> problems = new ArrayList<>();
    if (units.size() > parameterLimit.value()) {
      problems.add(count(parameters.size(), "parameter") + " (max " + parameterLimit.value() + ")");
    }
    long booleans = parameters.stream().filter(ComplexMethodSignatureCheck::isBoolean).count();
    if (booleans > booleanLimit.value() && booleans < parameters.size() && !storesBooleans(method)) {
      // Only booleans (compare(Boolean left, Boolean right)): they are the values, not flags.
      problems.add(count(booleans, "boolean parameter") + " (max " + booleanLimit.value() + ")");
    }
    Run run = longestSameTypeRun(units);
    int runLimit = sameTypeRunLimit.value();
    if (run.units > runLimit) {
      problems.add(run.parameters + " adjacent '" + run.type + "' parameters (max " + runLimit + ")");
    }
    if (!problems.isEmpty()) {
      String what = method.is(Tree.Kind.CONSTRUCTOR) ? "Constructor" : "Method";
      reportIssue(method.simpleName(), what + " '" + method.simpleName().name() + "' has " + join(problems)
        + "; group related parameters into a parameter object.");
    }
  }

  /** Signatures that the author does not choose: overrides, framework constructors, records, parameterized tests. */
  private static boolean isImposedSignature(MethodTree method) {
    if (Overrides.mayOverride(method)) {
      // Overrides inherit their signature; an unknown hierarchy cannot be judged.
      return true;
    }
    if (Annotations.has(method.modifiers(), "ParameterizedTest")) {
      return true;
    }
    if (!method.is(Tree.Kind.CONSTRUCTOR)) {
      return false;
    }
    if (Annotations.hasAny(method.modifiers(), FrameworkAnnotations.INJECTION_CONSTRUCTOR)) {
      return true;
    }
    Tree parent = method.parent();
    if (!(parent instanceof ClassTree owner)) {
      return false;
    }
    if (owner.is(Tree.Kind.RECORD)) {
      // The record header defines the canonical constructor; its size is the record's, not a signature's.
      return method.parameters().size() == owner.recordComponents().size() || isCompact(method);
    }
    return Annotations.hasAny(owner.modifiers(), FrameworkAnnotations.STEREOTYPES) && constructorCount(owner) == 1;
  }

  private static boolean isCompact(MethodTree constructor) {
    SyntaxToken openParen = constructor.openParenToken();
    return openParen == null;
  }

  private static long constructorCount(ClassTree owner) {
    return owner.members().stream().filter(member -> member.is(Tree.Kind.CONSTRUCTOR)).count();
  }

  /** The longest run of adjacent units of one type, a positional run counting as one. */
  private static Run longestSameTypeRun(List<PositionalParameters.Unit> units) {
    Run longest = new Run("", 0, 0);
    Run current = longest;
    for (PositionalParameters.Unit unit : units) {
      current = unit.type().equals(current.type)
        ? new Run(unit.type(), current.units + 1, current.parameters + unit.size())
        : new Run(unit.type(), 1, unit.size());
      if (current.units > longest.units) {
        longest = current;
      }
    }
    return longest;
  }

  /**
   * A private constructor whose booleans all end up in fields: they are the object's state, and its callers
   * are the class's own named factories ({@code GeneralRange.downTo(...)}), not code passing bare flags.
   */
  private static boolean storesBooleans(MethodTree method) {
    return method.is(Tree.Kind.CONSTRUCTOR)
      && method.symbol().isPrivate()
      && method.parameters().stream()
        .filter(ComplexMethodSignatureCheck::isBoolean)
        .allMatch(StoredParameters::isStored);
  }

  private static boolean isBoolean(VariableTree parameter) {
    return BOOLEAN_TYPES.contains(TypeText.of(parameter.type()));
  }

  /** Every parameter named by a letter prefix and a position: {@code k1, v1, k2, v2}. */
  private static boolean isNumberedFamily(List<VariableTree> parameters) {
    return parameters.size() > 1
      && parameters.stream().allMatch(parameter -> NUMBERED_NAME.matcher(parameter.simpleName().name()).matches());
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String join(List<String> problems) {
    if (problems.size() == 1) {
      return problems.get(0);
    }
    return String.join(", ", problems.subList(0, problems.size() - 1)) + " and " + problems.get(problems.size() - 1);
  }

  /** A run of adjacent same-typed units, and how many parameters they hold. */
  private record Run(String type, int units, int parameters) {
  }
}
