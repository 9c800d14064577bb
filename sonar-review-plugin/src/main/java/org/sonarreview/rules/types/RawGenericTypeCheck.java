package org.sonarreview.rules.types;

import java.util.List;
import java.util.Set;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.LambdaExpressionTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.ParameterizedTypeTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeCastTree;
import org.sonar.plugins.java.api.tree.TypePatternTree;
import org.sonar.plugins.java.api.tree.TypeTree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonar.plugins.java.api.tree.WildcardTree;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.tree.Overrides;
import org.sonarreview.tree.TypeText;

/**
 * Raw uses of generic types in declarations, instantiations and casts. Only resolved types are judged,
 * so a missing classpath makes the rule quieter, never wrong.
 */
@Rule(key = "RawGenericType")
public class RawGenericTypeCheck extends ReviewCheck {

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.VARIABLE, Tree.Kind.METHOD, Tree.Kind.NEW_CLASS, Tree.Kind.TYPE_CAST);
  }

  @Override
  protected Set<String> javacSuppressionKeys() {
    return Set.of("rawtypes");
  }

  @Override
  public void visitNode(Tree tree) {
    if (tree instanceof VariableTree variable) {
      if (!isImposedDeclaration(variable)) {
        checkType(variable.type(), ClassLiterals.namedBy(variable.initializer()), false);
      }
    } else if (tree instanceof MethodTree method) {
      if (method.returnType() != null && !Overrides.mayOverride(method)) {
        checkType(method.returnType(), Set.of(), false);
      }
    } else if (tree instanceof NewClassTree newClass) {
      checkType(newClass.identifier(), ClassLiterals.namedBy(newClass), false);
    } else if (tree instanceof TypeCastTree cast) {
      if (!isClassLiteralRecast(cast)) {
        checkType(cast.type(), Set.of(), false);
      }
      cast.bounds().forEach(bound -> checkType(bound, Set.of(), false));
    }
  }

  /**
   * {@code (Class) Map.class}: a class literal of a generic type has a raw type argument, so the only ways
   * to a {@code Class<Map<?, ?>>} are this raw cast or an unchecked double cast. The code cannot do better.
   */
  private static boolean isClassLiteralRecast(TypeCastTree cast) {
    Type literal = ClassLiterals.namedType(cast.expression());
    return literal != null && literal.isRawType() && cast.type().symbolType().is("java.lang.Class");
  }

  /** Declarations whose type the author does not choose, or that javac does not treat as raw uses. */
  private static boolean isImposedDeclaration(VariableTree variable) {
    Tree parent = variable.parent();
    if (parent instanceof MethodTree method) {
      // Parameters of an override must match the overridden signature, raw or not.
      return Overrides.mayOverride(method);
    }
    // Lambda parameters copy the functional interface; type patterns are instanceof tests.
    return parent instanceof LambdaExpressionTree || parent instanceof TypePatternTree || variable.type().is(Tree.Kind.VAR_TYPE);
  }

  /**
   * Walks a written type: type arguments and wildcard bounds are checked too; arrays are left alone.
   * A type argument named by a class literal of the value ({@code Stack<Supplier> s = new StandardStack<>(Supplier.class)},
   * {@code Class<List> c = List.class}) is forced raw: {@code Supplier.class} is a {@code Class<Supplier>}.
   */
  private void checkType(Tree type, Set<String> classLiterals, boolean typeArgument) {
    if (type instanceof ParameterizedTypeTree parameterized) {
      parameterized.typeArguments().forEach(argument -> checkType(argument, classLiterals, true));
    } else if (type instanceof WildcardTree wildcard) {
      if (wildcard.bound() != null) {
        checkType(wildcard.bound(), classLiterals, typeArgument);
      }
    } else if (type instanceof IdentifierTree || type instanceof MemberSelectExpressionTree) {
      Type resolved = ((TypeTree) type).symbolType();
      boolean forced = typeArgument && classLiterals.contains(resolved.fullyQualifiedName());
      if (!resolved.isUnknown() && resolved.isRawType() && !forced) {
        reportIssue(type, "Add type arguments to the raw type '" + TypeText.of(type) + "'.");
      }
    }
  }
}
