package org.sonarreview.tree;

import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.ParameterizedTypeTree;
import org.sonar.plugins.java.api.tree.Tree;

/** Dotted names written in source ({@code java.util.List}), read from the syntax tree alone. */
public final class QualifiedNames {

  private QualifiedNames() {
  }

  /** The dotted text of an identifier or member-select chain; empty for anything else. */
  public static String of(Tree tree) {
    if (tree instanceof IdentifierTree identifier) {
      return identifier.name();
    }
    if (tree instanceof MemberSelectExpressionTree select) {
      String qualifier = of(select.expression());
      return qualifier.isEmpty() ? "" : (qualifier + "." + select.identifier().name());
    }
    return "";
  }

  /**
   * The simple name a call, {@code new} or method reference uses: {@code b} in {@code a.b(...)}, {@code Box} in
   * {@code new a.Box<>()}; empty for shapes that name nothing.
   */
  public static String calledName(Tree tree) {
    if (tree instanceof MemberSelectExpressionTree select) {
      return select.identifier().name();
    }
    if (tree instanceof IdentifierTree identifier) {
      return identifier.name();
    }
    if (tree instanceof ParameterizedTypeTree parameterized) {
      return calledName(parameterized.type());
    }
    return "";
  }

  /** The last segment of a dotted name: {@code java.io.IOException} gives {@code IOException}. */
  public static String lastSegment(String dotted) {
    return dotted.substring(dotted.lastIndexOf('.') + 1);
  }

  /** The simple name of a class or interface type as written, without type arguments: {@code java.util.Map<K, V>} gives {@code Map}; empty for other types. */
  public static String simpleTypeName(Tree type) {
    Tree base = type instanceof ParameterizedTypeTree parameterized ? parameterized.type() : type;
    return lastSegment(of(base));
  }
}
