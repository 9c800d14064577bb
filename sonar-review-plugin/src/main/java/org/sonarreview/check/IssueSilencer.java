package org.sonarreview.check;

import java.util.HashSet;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.tree.AnnotationTree;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.LiteralTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.ModifiersTree;
import org.sonar.plugins.java.api.tree.NewArrayTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.tree.Annotations;

/**
 * Decides whether an issue of one rule must be dropped: inside a {@code @Generated} type (any package) or a type
 * that JAXB's XJC wrote ({@link XjcOutput}), in a file with a generated header ({@link GeneratedHeader}), or under
 * {@code @SuppressWarnings} naming {@code review:<key>} or one of the rule's javac keys.
 * Annotations are matched by simple name, so this works without a classpath.
 */
final class IssueSilencer {

  private static final String GENERATED = "Generated";
  private static final String SUPPRESS_WARNINGS = "SuppressWarnings";

  private final Set<String> suppressionKeys = new HashSet<>();

  IssueSilencer(String ruleKey, Set<String> javacKeys) {
    suppressionKeys.add("review:" + ruleKey);
    // "all" is Eclipse's and ANTLR's way to silence every checker on generated or vendored code.
    suppressionKeys.add("all");
    suppressionKeys.addAll(javacKeys);
  }

  /** True when the tree lies in generated code or under a matching suppression. */
  boolean silences(@Nullable Tree tree) {
    boolean insideDeclaration = false;
    for (Tree current = tree; current != null; current = current.parent()) {
      ModifiersTree modifiers = modifiersOf(current);
      if (modifiers != null) {
        insideDeclaration |= current instanceof ClassTree;
        if (silencedBy(modifiers, current instanceof ClassTree classTree ? classTree : null)) {
          return true;
        }
      }
      if (current instanceof CompilationUnitTree unit) {
        // Imports and file-level trees cannot carry annotations: the top-level types speak for the file.
        return insideDeclaration ? GeneratedHeader.isGenerated(unit) : silencesFile(unit);
      }
    }
    return false;
  }

  /** True when a top-level type of the file is generated or suppresses the rule. */
  boolean silencesFile(@Nullable CompilationUnitTree unit) {
    if (unit == null) {
      return false;
    }
    if (GeneratedHeader.isGenerated(unit)) {
      return true;
    }
    for (Tree type : unit.types()) {
      if (type instanceof ClassTree classTree && silencedBy(classTree.modifiers(), classTree)) {
        return true;
      }
    }
    return false;
  }

  /** {@code type} is the declaration the modifiers belong to when it is a type, null otherwise. */
  private boolean silencedBy(ModifiersTree modifiers, @Nullable ClassTree type) {
    if (type != null && XjcOutput.isXjcOutput(type)) {
      return true;
    }
    for (AnnotationTree annotation : modifiers.annotations()) {
      String name = Annotations.simpleName(annotation);
      if (type != null && GENERATED.equals(name)) {
        return true;
      }
      if (SUPPRESS_WARNINGS.equals(name) && suppresses(annotation)) {
        return true;
      }
    }
    return false;
  }

  private boolean suppresses(AnnotationTree annotation) {
    for (ExpressionTree argument : annotation.arguments()) {
      if (argument.is(Tree.Kind.ASSIGNMENT)) {
        argument = ((AssignmentExpressionTree) argument).expression();
      }
      if (argument instanceof NewArrayTree array) {
        for (ExpressionTree element : array.initializers()) {
          if (matches(element)) {
            return true;
          }
        }
      } else if (matches(argument)) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(ExpressionTree value) {
    return value instanceof LiteralTree literal
      && literal.is(Tree.Kind.STRING_LITERAL)
      && suppressionKeys.contains(unquote(literal.value()));
  }

  private static String unquote(String literal) {
    return literal.length() >= 2 ? literal.substring(1, literal.length() - 1) : literal;
  }

  @Nullable
  private static ModifiersTree modifiersOf(Tree tree) {
    if (tree instanceof ClassTree classTree) {
      return classTree.modifiers();
    }
    if (tree instanceof MethodTree method) {
      return method.modifiers();
    }
    if (tree instanceof VariableTree variable) {
      return variable.modifiers();
    }
    return null;
  }
}
