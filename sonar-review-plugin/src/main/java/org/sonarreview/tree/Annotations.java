package org.sonarreview.tree;

import java.util.List;
import java.util.Set;
import javax.annotation.CheckForNull;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.tree.AnnotationTree;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.ModifiersTree;
import org.sonar.plugins.java.api.tree.NewArrayTree;
import org.sonar.plugins.java.api.tree.Tree;

/** Annotation look-ups by simple name: they work the same with or without a classpath. */
public final class Annotations {

  private Annotations() {
  }

  /** {@code Generated} for both {@code @Generated} and {@code @javax.annotation.processing.Generated}. */
  public static String simpleName(AnnotationTree annotation) {
    Tree type = annotation.annotationType();
    if (type instanceof MemberSelectExpressionTree select) {
      return select.identifier().name();
    }
    if (type instanceof IdentifierTree identifier) {
      return identifier.name();
    }
    return "";
  }

  /** True when one of the annotations has one of the simple names. */
  public static boolean hasAny(ModifiersTree modifiers, Set<String> simpleNames) {
    return modifiers.annotations().stream().anyMatch(annotation -> simpleNames.contains(simpleName(annotation)));
  }

  /** True when one of the annotations has this simple name. */
  public static boolean has(ModifiersTree modifiers, String simpleName) {
    return hasAny(modifiers, Set.of(simpleName));
  }

  /**
   * The value of one of the annotation's elements as written: {@code x} for {@code name = x}; for {@code value},
   * also the lone unnamed argument. Null when the element is left at its default.
   */
  @CheckForNull
  public static ExpressionTree argument(AnnotationTree annotation, String element) {
    for (ExpressionTree argument : annotation.arguments()) {
      if (argument instanceof AssignmentExpressionTree assignment) {
        if (assignment.variable() instanceof IdentifierTree name && name.name().equals(element)) {
          return assignment.expression();
        }
      } else if ("value".equals(element)) {
        return argument;
      }
    }
    return null;
  }

  /** The annotations an element's value holds: {@code @A} or the {@code @A, @B} of {@code {@A, @B}}. */
  public static List<AnnotationTree> annotationsIn(@Nullable ExpressionTree value) {
    if (value instanceof AnnotationTree annotation) {
      return List.of(annotation);
    }
    if (value instanceof NewArrayTree array) {
      return array.initializers().stream().filter(AnnotationTree.class::isInstance).map(AnnotationTree.class::cast).toList();
    }
    return List.of();
  }
}
