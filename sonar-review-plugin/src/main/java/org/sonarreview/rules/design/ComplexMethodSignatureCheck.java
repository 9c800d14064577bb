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
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.check.RuleParameters;
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

  private static final int DEFAULT_MAX_PARAMETERS = 7;
  private static final int DEFAULT_MAX_BOOLEAN_PARAMETERS = 1;
  private static final int DEFAULT_MAX_SAME_TYPE_RUN = 3;
  private static final Pattern NUMBERED_NAME = Pattern.compile("[A-Za-z]+\\d+");
  private static final Set<String> BOOLEAN_TYPES = Set.of("boolean", "Boolean", "java.lang.Boolean");

  @RuleProperty(key = "maxParameters", description = "Maximum number of parameters (a whole number, 0 or more)",
    defaultValue = "" + DEFAULT_MAX_PARAMETERS)
  public int maxParameters = DEFAULT_MAX_PARAMETERS;

  @RuleProperty(key = "maxBooleanParameters", description = "Maximum number of boolean or Boolean parameters (a whole number, 0 or more)",
    defaultValue = "" + DEFAULT_MAX_BOOLEAN_PARAMETERS)
  public int maxBooleanParameters = DEFAULT_MAX_BOOLEAN_PARAMETERS;

  @RuleProperty(key = "maxSameTypeRun", description = "Maximum number of adjacent parameters of one type (a whole number, 1 or more)",
    defaultValue = "" + DEFAULT_MAX_SAME_TYPE_RUN)
  public int maxSameTypeRun = DEFAULT_MAX_SAME_TYPE_RUN;

  private int parameterLimit;
  private int booleanLimit;
  private int runLimit;

  @Override
  protected void resolveParameters() {
    RuleParameters parameters = new RuleParameters(ruleKey());
    parameterLimit = parameters.atLeast("maxParameters", maxParameters, 0, DEFAULT_MAX_PARAMETERS);
    booleanLimit = parameters.atLeast("maxBooleanParameters", maxBooleanParameters, 0, DEFAULT_MAX_BOOLEAN_PARAMETERS);
    runLimit = parameters.atLeast("maxSameTypeRun", maxSameTypeRun, 1, DEFAULT_MAX_SAME_TYPE_RUN);
  }

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
    if (units.size() > parameterLimit) {
      problems.add(count(parameters.size(), "parameter") + " (max " + parameterLimit + ")");
    }
    long booleans = parameters.stream().filter(ComplexMethodSignatureCheck::isBoolean).count();
    if (booleans > booleanLimit && booleans < parameters.size() && !storesBooleans(method)) {
      // Only booleans (compare(Boolean left, Boolean right)): they are the values, not flags.
      problems.add(count(booleans, "boolean parameter") + " (max " + booleanLimit + ")");
    }
    Run run = longestSameTypeRun(units);
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
