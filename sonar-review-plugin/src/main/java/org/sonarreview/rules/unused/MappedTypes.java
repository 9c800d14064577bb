package org.sonarreview.rules.unused;

import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.ModifiersTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.tree.Annotations;
import org.sonarreview.tree.FrameworkAnnotations;

/**
 * Types whose state a framework reads and writes by reflection: JPA entities, embeddables and mapped
 * superclasses, and classes that carry Jackson ({@code @Json...}) or JAXB ({@code @Xml...}) annotations on
 * themselves or on a member. Their fields and accessors are used although no code names them.
 */
public final class MappedTypes {

  private MappedTypes() {
  }

  /** True for a JPA type or a class with Jackson or JAXB annotations. */
  public static boolean isMapped(ClassTree type) {
    return Annotations.hasAny(type.modifiers(), FrameworkAnnotations.JPA_TYPES)
      || hasSerializerAnnotation(type.modifiers())
      || type.members().stream().anyMatch(MappedTypes::hasSerializerAnnotation);
  }

  private static boolean hasSerializerAnnotation(Tree member) {
    if (member instanceof MethodTree method) {
      return hasSerializerAnnotation(method.modifiers());
    }
    return member instanceof VariableTree field && hasSerializerAnnotation(field.modifiers());
  }

  private static boolean hasSerializerAnnotation(ModifiersTree modifiers) {
    return modifiers.annotations().stream().map(Annotations::simpleName)
      .anyMatch(name -> name.startsWith("Json") || name.startsWith("Xml"));
  }
}
