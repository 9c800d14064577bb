package org.sonarreview.rules.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.AnnotationTree;
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
  private static final Set<String> CDI_PRODUCES = Set.of("jakarta.enterprise.inject.Produces", "javax.enterprise.inject.Produces");
  /** CDI's meta-annotation that makes an annotation of the project a stereotype. */
  private static final String CDI_STEREOTYPE = "Stereotype";

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
    if (!isCalledByContainer(method) && !MirroringConstructors.mirrorsFields(method)) {
      // The container or the class's field list fixes how many values there are; only their order is the author's.
      addCountProblems(method, problems);
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

  /**
   * The parameter and boolean limits. Parameters bound to the web request are the endpoint's contract, named by the
   * request rather than placed by a caller, so they count toward neither; the message says so when it leaves some out.
   */
  private void addCountProblems(MethodTree method, List<String> problems) {
    List<VariableTree> parameters = method.parameters();
    List<VariableTree> counted = parameters.stream().filter(parameter -> !isBoundToRequest(parameter)).toList();
    if (PositionalParameters.units(counted).size() > parameterLimit.value()) {
      String besides = counted.size() < parameters.size() ? " not bound to the request" : "";
      problems.add(count(counted.size(), "parameter") + besides + " (max " + parameterLimit.value() + ")");
    }
    long allBooleans = parameters.stream().filter(ComplexMethodSignatureCheck::isBoolean).count();
    long booleans = counted.stream().filter(ComplexMethodSignatureCheck::isBoolean).count();
    if (booleans > booleanLimit.value() && allBooleans < parameters.size() && !storesBooleans(method)) {
      // Only booleans (compare(Boolean left, Boolean right)): they are the values, not flags.
      String besides = booleans < allBooleans ? " not bound to the request" : "";
      problems.add(count(booleans, "boolean parameter") + besides + " (max " + booleanLimit.value() + ")");
    }
  }

  private static boolean isBoundToRequest(VariableTree parameter) {
    return Annotations.hasAny(parameter.modifiers(), FrameworkAnnotations.WEB_BOUND_PARAMETERS);
  }

  /**
   * Methods whose arguments a dependency-injection container supplies: {@code @Inject} and {@code @Autowired}
   * methods, {@code @Bean} factory methods and CDI {@code @Produces} methods.
   */
  private static boolean isCalledByContainer(MethodTree method) {
    return method.is(Tree.Kind.METHOD)
      && (Annotations.hasAny(method.modifiers(), FrameworkAnnotations.CONTAINER_CALLED_METHODS)
        || method.modifiers().annotations().stream().anyMatch(ComplexMethodSignatureCheck::isCdiProducer));
  }

  /**
   * CDI's {@code @Produces}, not the JAX-RS one of the same simple name, which names media types: told apart by its
   * type, or, when the type is not resolved, by having no arguments.
   */
  private static boolean isCdiProducer(AnnotationTree annotation) {
    if (!"Produces".equals(Annotations.simpleName(annotation))) {
      return false;
    }
    Type type = annotation.annotationType().symbolType();
    if (type.isUnknown()) {
      return annotation.arguments().isEmpty();
    }
    return CDI_PRODUCES.contains(type.fullyQualifiedName());
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
    return isStereotyped(owner) && constructorCount(owner) == 1;
  }

  /**
   * A class annotated with a framework stereotype, directly or through an annotation of the project whose declaration
   * is one ({@code @UseCase} annotated {@code @Component}); the second needs the annotation's type resolved.
   */
  private static boolean isStereotyped(ClassTree owner) {
    return owner.modifiers().annotations().stream().anyMatch(annotation ->
      FrameworkAnnotations.STEREOTYPES.contains(Annotations.simpleName(annotation)) || isCustomStereotype(annotation));
  }

  private static boolean isCustomStereotype(AnnotationTree annotation) {
    Type type = annotation.annotationType().symbolType();
    return !type.isUnknown() && type.symbol().metadata().annotations().stream()
      .map(meta -> meta.symbol().name())
      .anyMatch(name -> FrameworkAnnotations.STEREOTYPES.contains(name) || CDI_STEREOTYPE.equals(name));
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
