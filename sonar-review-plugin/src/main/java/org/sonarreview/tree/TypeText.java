package org.sonarreview.tree;

import java.util.stream.Collectors;
import org.sonar.plugins.java.api.tree.ArrayTypeTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.ParameterizedTypeTree;
import org.sonar.plugins.java.api.tree.PrimitiveTypeTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.UnionTypeTree;
import org.sonar.plugins.java.api.tree.WildcardTree;

/**
 * A type as written in source, rebuilt from the syntax tree without spaces or annotations:
 * {@code Map<String,List<Integer>>}, {@code String[]}, {@code int...}. Works without a classpath.
 */
public final class TypeText {

  private TypeText() {
  }

  public static String of(Tree type) {
    if (type instanceof PrimitiveTypeTree primitive) {
      return primitive.keyword().text();
    }
    if (type instanceof IdentifierTree identifier) {
      return identifier.name();
    }
    if (type instanceof MemberSelectExpressionTree select) {
      return of(select.expression()) + "." + select.identifier().name();
    }
    if (type instanceof ParameterizedTypeTree parameterized) {
      return of(parameterized.type()) + parameterized.typeArguments().stream().map(TypeText::of).collect(Collectors.joining(",", "<", ">"));
    }
    if (type instanceof ArrayTypeTree array) {
      return of(array.type()) + (array.ellipsisToken() != null ? "..." : "[]");
    }
    if (type instanceof WildcardTree wildcard) {
      return wildcard.bound() == null ? "?" : ("? " + wildcard.extendsOrSuperToken().text() + " " + of(wildcard.bound()));
    }
    if (type instanceof UnionTypeTree union) {
      return union.typeAlternatives().stream().map(TypeText::of).collect(Collectors.joining("|"));
    }
    return type.kind().name();
  }
}
