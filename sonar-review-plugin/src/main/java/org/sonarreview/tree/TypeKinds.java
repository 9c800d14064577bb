package org.sonarreview.tree;

import org.sonar.plugins.java.api.tree.ClassTree;

/** How messages name a type declaration: {@code class}, {@code interface}, {@code enum}, {@code record}, ... */
public final class TypeKinds {

  private TypeKinds() {
  }

  public static String nameOf(ClassTree type) {
    return switch (type.kind()) {
      case INTERFACE -> "interface";
      case ENUM -> "enum";
      case RECORD -> "record";
      case ANNOTATION_TYPE -> "annotation type";
      default -> "class";
    };
  }
}
