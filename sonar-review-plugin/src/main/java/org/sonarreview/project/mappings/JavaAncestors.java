package org.sonarreview.project.mappings;

import java.util.ArrayList;
import java.util.List;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.TypeTree;
import org.sonarreview.tree.TypeResolver;

/** The superclass chain of a mapped class as {@link EntityMapping#ancestors()} records it. */
final class JavaAncestors {

  /** Deeper hierarchies are not mapping hierarchies; the chain then simply ends unknown. */
  private static final int MAX_DEPTH = 32;

  private JavaAncestors() {
  }

  /**
   * With the superclass resolved: every superclass up to {@code Object} or to the first one carrying a mapping
   * annotation, wherever it is declared. Unresolved: the name the file's imports give it, which the model follows
   * only if it maps that class.
   */
  static List<String> of(ClassTree type, TypeResolver types) {
    TypeTree written = type.superClass();
    if (written == null) {
      return List.of(EntityMapping.OBJECT);
    }
    Type resolved = TypeResolver.resolved(written);
    if (resolved == null) {
      String guess = types.fullyQualified(written);
      return guess == null ? List.of() : List.of(guess);
    }
    List<String> chain = new ArrayList<>();
    for (Type current = resolved; current != null && chain.size() < MAX_DEPTH;
      current = TypeResolver.known(current.symbol().superClass())) {
      String name = current.erasure().fullyQualifiedName();
      chain.add(name);
      if (EntityMapping.OBJECT.equals(name) || PersistenceAnnotations.isMappedType(current.symbol())) {
        break;
      }
    }
    return chain;
  }
}
