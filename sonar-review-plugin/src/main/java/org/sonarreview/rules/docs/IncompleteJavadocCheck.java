package org.sonarreview.rules.docs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeParameters;
import org.sonar.plugins.java.api.tree.TypeTree;
import org.sonarreview.check.LanguageFeatures;
import org.sonarreview.javadoc.Javadoc;
import org.sonarreview.javadoc.JavadocReader;
import org.sonarreview.project.ConventionCheck;
import org.sonarreview.project.ProjectConventions;
import org.sonarreview.tree.Overrides;
import org.sonarreview.tree.QualifiedNames;
import org.sonarreview.tree.TypeText;

/**
 * Javadocs that have drifted from their signature. By default only Javadocs that already use {@code @param},
 * {@code @return} or {@code @throws} are judged (a summary, or {@code @see} only, is complete): a {@code @param}
 * naming no parameter, and a parameter without its {@code @param} where the others have one, are issues at once;
 * a missing {@code @return} or {@code @throws}, and tags without description, are issues only where the project
 * habitually writes them (see {@link ConventionCheck}). With {@code onlyWhenTagsPresent=false}, every Javadoc is held
 * to every tag, as a style guide that requires them would.
 */
@Rule(key = "IncompleteJavadoc")
public class IncompleteJavadocCheck extends ConventionCheck {

  private static final String RETURN_CONVENTION = "javadoc:return";
  private static final String THROWS_CONVENTION = "javadoc:throws";
  private static final String DESCRIPTION_CONVENTION = "javadoc:tag-descriptions";
  private static final String HAS_RETURN = "have '@return'";
  private static final String NO_RETURN = "have no '@return'";
  private static final String ALL_THROWS = "document each of them with '@throws'";
  private static final String SOME_THROWS = "leave some of them out";
  private static final String DESCRIBED = "are described";
  private static final String BARE = "are bare";

  private static final Set<String> DESCRIBED_TAGS = Set.of("param", "return", "throws", "exception");

  @RuleProperty(key = "onlyWhenTagsPresent",
    description = "true: judge only Javadocs that already have a @param, @return or @throws tag, and expect @return, @throws "
      + "and tag descriptions only where the project writes them; false: hold every Javadoc to every tag (true or false)",
    defaultValue = "true")
  public boolean onlyWhenTagsPresent = true;


  public IncompleteJavadocCheck() {
    this(null);
  }

  public IncompleteJavadocCheck(@Nullable ProjectConventions conventions) {
    super(conventions);
  }

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.METHOD, Tree.Kind.CONSTRUCTOR, Tree.Kind.CLASS, Tree.Kind.INTERFACE, Tree.Kind.ENUM,
      Tree.Kind.RECORD, Tree.Kind.ANNOTATION_TYPE);
  }

  @Override
  public void visitNode(Tree tree) {
    Javadoc javadoc = JavadocReader.javadocOf(tree).orElse(null);
    if (javadoc == null || javadoc.hasInlineTag("inheritDoc")) {
      // No Javadoc is MissingJavadoc's business; {@inheritDoc} copies a complete one.
      return;
    }
    boolean tagged = javadoc.blockTags().stream().anyMatch(tag -> DESCRIBED_TAGS.contains(tag.tagName()));
    if (onlyWhenTagsPresent && !tagged) {
      // A summary, or a summary with @see only, promises nothing about the parameters.
      return;
    }
    Problems problems = new Problems();
    Tree name;
    MethodTree method = tree instanceof MethodTree methodTree ? methodTree : null;
    if (method != null) {
      if (Overrides.mayOverride(method) || method.openParenToken() == null) {
        // Overrides inherit their documentation; compact constructors are documented by their record.
        return;
      }
      checkParameters(javadoc, names(method), method.typeParameters(), problems);
      name = method.simpleName();
    } else {
      ClassTree type = (ClassTree) tree;
      List<String> components = type.recordComponents().stream().map(component -> component.simpleName().name()).toList();
      checkParameters(javadoc, components, type.typeParameters(), problems);
      name = type.simpleName();
    }
    if (name == null) {
      return;
    }
    if (onlyWhenTagsPresent) {
      judgeAgainstHabits(tree, name, javadoc, method, problems);
    } else {
      requireEveryTag(javadoc, method, problems);
    }
    if (!problems.isEmpty()) {
      reportIssue(name, "Complete this Javadoc: " + problems + ".");
    }
  }

  /** Drift is reported at once; a missing result, exception or description only where the project writes them. */
  private void judgeAgainstHabits(Tree declaration, Tree name, Javadoc javadoc, @Nullable MethodTree method, Problems problems) {
    if (javadoc.blockTags("param").isEmpty()) {
      // No parameter is described: leaving them all out is a choice, not a drift.
      problems.missing.removeIf(missing -> missing.startsWith("'@param "));
    }
    if (method != null) {
      judgeReturn(declaration, name, javadoc, method);
      judgeThrows(declaration, name, javadoc, method);
    }
    judgeDescriptions(declaration, name, javadoc);
  }

  /** Every tag is required, whatever the project does. */
  private void requireEveryTag(Javadoc javadoc, @Nullable MethodTree method, Problems problems) {
    if (method != null) {
      missingReturn(javadoc, method).ifPresent(problems.missing::add);
      problems.missing.addAll(missingThrows(javadoc, method.throwsClauses()));
    }
    problems.empty.addAll(bareTags(javadoc));
  }

  private void judgeReturn(Tree declaration, Tree name, Javadoc javadoc, MethodTree method) {
    if (!returnsValue(method)) {
      return;
    }
    Optional<String> missing = missingReturn(javadoc, method);
    observe(declaration, RETURN_CONVENTION, placeScopes(), missing.isPresent() ? NO_RETURN : HAS_RETURN);
    missing.ifPresent(tag -> flagIfDeviating(name, RETURN_CONVENTION, placeScopes(), NO_RETURN, HAS_RETURN,
      "tagged Javadocs of methods returning a value", "Add " + tag + " to this Javadoc"));
  }

  private void judgeThrows(Tree declaration, Tree name, Javadoc javadoc, MethodTree method) {
    if (method.throwsClauses().stream().noneMatch(exception -> isChecked(exception.symbolType()))) {
      return;
    }
    List<String> missing = missingThrows(javadoc, method.throwsClauses());
    observe(declaration, THROWS_CONVENTION, placeScopes(), missing.isEmpty() ? ALL_THROWS : SOME_THROWS);
    if (!missing.isEmpty()) {
      flagIfDeviating(name, THROWS_CONVENTION, placeScopes(), SOME_THROWS, ALL_THROWS,
        "tagged Javadocs of methods declaring checked exceptions", "Add " + String.join(", ", missing) + " to this Javadoc");
    }
  }

  private void judgeDescriptions(Tree declaration, Tree name, Javadoc javadoc) {
    for (Javadoc.BlockTag tag : javadoc.blockTags()) {
      if (DESCRIBED_TAGS.contains(tag.tagName())) {
        observe(declaration, DESCRIPTION_CONVENTION, placeScopes(), tag.content().isBlank() ? BARE : DESCRIBED);
      }
    }
    List<String> bare = bareTags(javadoc);
    if (!bare.isEmpty()) {
      flagIfDeviating(name, DESCRIPTION_CONVENTION, placeScopes(), BARE, DESCRIBED, "'@param', '@return' and '@throws' tags",
        "Describe " + String.join(", ", bare) + " in this Javadoc");
    }
  }

  private static List<String> names(MethodTree method) {
    return method.parameters().stream().map(parameter -> parameter.simpleName().name()).toList();
  }

  /** Parameters must be documented; type parameters only once one {@code @param <T>} is written. */
  private static void checkParameters(Javadoc javadoc, List<String> parameters, TypeParameters typeParameters, Problems problems) {
    Set<String> documented = javadoc.blockTags("param").stream()
      .map(Javadoc.BlockTag::name)
      .filter(name -> name != null && !name.isBlank())
      .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> expected = new LinkedHashSet<>(parameters);
    boolean typeParametersDocumented = documented.stream().anyMatch(name -> name.startsWith("<"));
    List<String> typeParameterNames = typeParameters.stream().map(parameter -> "<" + parameter.identifier().name() + ">").toList();
    if (typeParametersDocumented) {
      expected.addAll(typeParameterNames);
    }
    expected.stream().filter(name -> !documented.contains(name)).forEach(name -> problems.missing.add("'@param " + name + "'"));
    documented.stream()
      .filter(name -> !parameters.contains(name) && !typeParameterNames.contains(name))
      .forEach(name -> problems.stale.add("'@param " + name + "'"));
  }

  private static boolean returnsValue(MethodTree method) {
    TypeTree returnType = method.returnType();
    return returnType != null && !isNothing(returnType) && !isAnnotationMember(method);
  }

  private Optional<String> missingReturn(Javadoc javadoc, MethodTree method) {
    if (!returnsValue(method) || !javadoc.blockTags("return").isEmpty() || javadoc.hasInlineTag("return")) {
      return Optional.empty();
    }
    return Optional.of(LanguageFeatures.allowsInlineReturnTag(fileContext().getJavaVersion()) ? "'@return' (or '{@return}')" : "'@return'");
  }

  private static boolean isNothing(TypeTree returnType) {
    String text = TypeText.of(returnType);
    return "void".equals(text) || "Void".equals(text) || "java.lang.Void".equals(text);
  }

  /** Annotation elements ({@code String value();}) document the element, not a result. */
  private static boolean isAnnotationMember(MethodTree method) {
    return method.parent() != null && method.parent().is(Tree.Kind.ANNOTATION_TYPE);
  }

  /** Declared checked exceptions need {@code @throws}; a tag naming a superclass of the exception covers it. */
  private static List<String> missingThrows(Javadoc javadoc, List<TypeTree> thrown) {
    Set<String> documented = new LinkedHashSet<>();
    for (Javadoc.BlockTag tag : javadoc.blockTags()) {
      if (("throws".equals(tag.tagName()) || "exception".equals(tag.tagName())) && tag.name() != null) {
        documented.add(QualifiedNames.lastSegment(tag.name()));
      }
    }
    List<String> missing = new ArrayList<>();
    for (TypeTree exception : thrown) {
      Type type = exception.symbolType();
      if (isChecked(type) && superclassNames(type).stream().noneMatch(documented::contains)) {
        missing.add("'@throws " + type.name() + "'");
      }
    }
    return missing;
  }

  /** Unknown types and type variables ({@code throws E}) are never claimed to be checked: they may be unchecked. */
  private static boolean isChecked(Type type) {
    return !type.isUnknown() && !type.isTypeVar() && type.isSubtypeOf("java.lang.Throwable")
      && !type.isSubtypeOf("java.lang.RuntimeException") && !type.isSubtypeOf("java.lang.Error");
  }

  private static List<String> superclassNames(Type type) {
    List<String> names = new ArrayList<>();
    for (Type current = type; current != null && !current.isUnknown(); current = current.symbol().superClass()) {
      names.add(current.name());
    }
    return names;
  }

  private static List<String> bareTags(Javadoc javadoc) {
    List<String> bare = new ArrayList<>();
    for (Javadoc.BlockTag tag : javadoc.blockTags()) {
      if (DESCRIBED_TAGS.contains(tag.tagName()) && tag.content().isBlank()) {
        bare.add("'@" + tag.tagName() + (tag.name() == null || tag.name().isBlank() ? "" : " " + tag.name()) + "'");
      }
    }
    return bare;
  }

  /** What one Javadoc lacks, in the order the message lists it. */
  private static final class Problems {
    private final List<String> missing = new ArrayList<>();
    private final List<String> stale = new ArrayList<>();
    private final List<String> empty = new ArrayList<>();

    boolean isEmpty() {
      return missing.isEmpty() && stale.isEmpty() && empty.isEmpty();
    }

    @Override
    public String toString() {
      List<String> parts = new ArrayList<>();
      if (!missing.isEmpty()) {
        parts.add("add " + String.join(", ", missing));
      }
      if (!stale.isEmpty()) {
        parts.add("remove " + String.join(", ", stale) + " (no such parameter)");
      }
      if (!empty.isEmpty()) {
        parts.add("describe " + String.join(", ", empty));
      }
      return String.join("; ", parts);
    }
  }
}
