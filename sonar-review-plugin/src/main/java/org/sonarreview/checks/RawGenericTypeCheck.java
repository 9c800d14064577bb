package org.sonarreview.checks;

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
import org.sonarreview.checks.common.Overrides;
import org.sonarreview.checks.common.ReviewCheck;
import org.sonarreview.checks.common.TypeText;

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
        checkType(variable.type());
      }
    } else if (tree instanceof MethodTree method) {
      if (method.returnType() != null && !Overrides.mayOverride(method)) {
        checkType(method.returnType());
      }
    } else if (tree instanceof NewClassTree newClass) {
      checkType(newClass.identifier());
    } else if (tree instanceof TypeCastTree cast) {
      checkType(cast.type());
      cast.bounds().forEach(this::checkType);
    }
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

  /** Walks a written type: type arguments and wildcard bounds are checked too; arrays are left alone. */
  private void checkType(Tree type) {
    if (type instanceof ParameterizedTypeTree parameterized) {
      parameterized.typeArguments().forEach(this::checkType);
    } else if (type instanceof WildcardTree wildcard) {
      if (wildcard.bound() != null) {
        checkType(wildcard.bound());
      }
    } else if (type instanceof IdentifierTree || type instanceof MemberSelectExpressionTree) {
      Type resolved = ((TypeTree) type).symbolType();
      if (!resolved.isUnknown() && resolved.isRawType()) {
        reportIssue(type, "Add type arguments to the raw type `" + TypeText.of(type) + "`.");
      }
    }
  }
}
