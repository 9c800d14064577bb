package org.sonarreview.tree;

import java.util.Set;
import org.sonar.plugins.java.api.tree.AnnotationTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.ModifiersTree;
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
}
