package org.sonarreview.rules.docs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeParameters;
import org.sonar.plugins.java.api.tree.TypeTree;
import org.sonarreview.check.LanguageFeatures;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.javadoc.Javadoc;
import org.sonarreview.javadoc.JavadocReader;
import org.sonarreview.tree.Overrides;
import org.sonarreview.tree.QualifiedNames;
import org.sonarreview.tree.TypeText;

/**
 * Javadocs that omit a parameter, the result or a declared checked exception, name a parameter that does not
 * exist, or leave a tag without description. One issue per Javadoc lists every problem.
 */
@Rule(key = "IncompleteJavadoc")
public class IncompleteJavadocCheck extends ReviewCheck {

  private static final Set<String> DESCRIBED_TAGS = Set.of("param", "return", "throws", "exception");

  @RuleProperty(key = "onlyWhenTagsPresent",
    description = "Check only Javadocs that already have at least one block tag such as @param or @return (true or false)",
    defaultValue = "false")
  public boolean onlyWhenTagsPresent = false;

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.METHOD, Tree.Kind.CONSTRUCTOR, Tree.Kind.CLASS, Tree.Kind.INTERFACE, Tree.Kind.ENUM,
      Tree.Kind.RECORD, Tree.Kind.ANNOTATION_TYPE);
  }

  @Override
  public void visitNode(Tree tree) {
    Javadoc javadoc = JavadocReader.javadocOf(tree).orElse(null);
    if (javadoc == null || javadoc.hasInlineTag("inheritDoc") || (onlyWhenTagsPresent && javadoc.blockTags().isEmpty())) {
      // No Javadoc is MissingJavadoc's business; {@inheritDoc} copies a complete one.
      return;
    }
    Problems problems = new Problems();
    Tree name;
    if (tree instanceof MethodTree method) {
      if (Overrides.mayOverride(method) || method.openParenToken() == null) {
        // Overrides inherit their documentation; compact constructors are documented by their record.
        return;
      }
      checkParameters(javadoc, names(method), method.typeParameters(), problems);
      checkReturn(javadoc, method, problems);
      checkThrows(javadoc, method.throwsClauses(), problems);
      name = method.simpleName();
    } else {
      ClassTree type = (ClassTree) tree;
      List<String> components = type.recordComponents().stream().map(component -> component.simpleName().name()).toList();
      checkParameters(javadoc, components, type.typeParameters(), problems);
      name = type.simpleName();
    }
    checkDescriptions(javadoc, problems);
    if (name != null && !problems.isEmpty()) {
      reportIssue(name, "Complete this Javadoc: " + problems + ".");
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

  private void checkReturn(Javadoc javadoc, MethodTree method, Problems problems) {
    TypeTree returnType = method.returnType();
    if (returnType == null || isNothing(returnType) || isAnnotationMember(method)
      || !javadoc.blockTags("return").isEmpty() || javadoc.hasInlineTag("return")) {
      return;
    }
    problems.missing.add(LanguageFeatures.allowsInlineReturnTag(fileContext().getJavaVersion()) ? "'@return' (or '{@return}')" : "'@return'");
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
  private static void checkThrows(Javadoc javadoc, List<TypeTree> thrown, Problems problems) {
    Set<String> documented = new LinkedHashSet<>();
    for (Javadoc.BlockTag tag : javadoc.blockTags()) {
      if (("throws".equals(tag.tagName()) || "exception".equals(tag.tagName())) && tag.name() != null) {
        documented.add(QualifiedNames.lastSegment(tag.name()));
      }
    }
    for (TypeTree exception : thrown) {
      Type type = exception.symbolType();
      if (isChecked(type) && superclassNames(type).stream().noneMatch(documented::contains)) {
        problems.missing.add("'@throws " + type.name() + "'");
      }
    }
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

  private static void checkDescriptions(Javadoc javadoc, Problems problems) {
    for (Javadoc.BlockTag tag : javadoc.blockTags()) {
      if (DESCRIBED_TAGS.contains(tag.tagName()) && tag.content().isBlank()) {
        problems.empty.add("'@" + tag.tagName() + (tag.name() == null || tag.name().isBlank() ? "" : " " + tag.name()) + "'");
      }
    }
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
