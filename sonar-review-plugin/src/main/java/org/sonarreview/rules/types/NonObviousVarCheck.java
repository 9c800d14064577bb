package org.sonarreview.rules.types;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.ForEachStatement;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.ListTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TryStatementTree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.tree.Expressions;
import org.sonarreview.tree.IdentifierSplitter;
import org.sonarreview.tree.TypeText;

/**
 * {@code var} whose initializer is a method call or field access that does not show the type: the reader
 * has to open another file to learn what the variable holds. A heuristic (BETA) rule, off by default.
 */
@Rule(key = "NonObviousVar")
public class NonObviousVarCheck extends ReviewCheck {

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.VARIABLE);
  }

  @Override
  public void visitNode(Tree tree) {
    VariableTree variable = (VariableTree) tree;
    if (!variable.type().is(Tree.Kind.VAR_TYPE) || variable.initializer() == null || isLoopOrResource(variable)) {
      return;
    }
    ExpressionTree initializer = Expressions.skipParentheses(variable.initializer());
    if (!initializer.is(Tree.Kind.METHOD_INVOCATION, Tree.Kind.MEMBER_SELECT)) {
      // Constructors, literals, casts and the like show their type.
      return;
    }
    Type type = initializer.symbolType();
    if (type.isUnknown() || type.isTypeVar() || type.isNullType() || type.isIntersectionType()) {
      return;
    }
    String typeName = simpleName(type);
    if (typeName.isEmpty() || mentions(variable.simpleName().name(), typeName)
      || namesIn(initializer).stream().anyMatch(name -> mentions(name, typeName))) {
      // Factories such as `Duration.ofSeconds` or `List.copyOf` name their type in the receiver.
      return;
    }
    reportIssue(variable.type(), "Replace 'var' with '" + type.name() + "': neither '" + variable.simpleName().name()
      + "' nor its initializer shows the type.");
  }

  /** for-each variables take the element type of a typed collection; resources are closed, not read. */
  private static boolean isLoopOrResource(VariableTree variable) {
    Tree parent = variable.parent();
    return parent instanceof ForEachStatement
      || parent instanceof TryStatementTree
      || (parent instanceof ListTree<?> && parent.parent() instanceof TryStatementTree);
  }

  /** The simple name without type arguments or array brackets: {@code List}, {@code int}, {@code String}. */
  private static String simpleName(Type type) {
    String name = type.erasure().name();
    int bracket = name.indexOf('[');
    return bracket < 0 ? name : name.substring(0, bracket);
  }

  /** True when the type's words appear, in order, among the name's words: {@code keySet} mentions {@code Set}, {@code print} not {@code int}. */
  private static boolean mentions(String name, String typeName) {
    List<String> nameWords = lowerCaseWords(name);
    List<String> typeWords = lowerCaseWords(typeName);
    return !typeWords.isEmpty() && Collections.indexOfSubList(nameWords, typeWords) >= 0;
  }

  private static List<String> lowerCaseWords(String identifier) {
    return IdentifierSplitter.split(identifier).stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
  }

  /**
   * The names the call chain shows: receivers and method names, such as {@code Duration} and {@code ofSeconds}
   * in {@code Duration.ofSeconds(5)}. Arguments are not read: {@code convert(userDto)} does not say it returns a {@code User}.
   */
  private static Set<String> namesIn(ExpressionTree initializer) {
    Set<String> names = new HashSet<>();
    ExpressionTree current = Expressions.skipParentheses(initializer);
    while (current != null) {
      if (current instanceof MethodInvocationTree invocation) {
        current = invocation.methodSelect();
      } else if (current instanceof MemberSelectExpressionTree select) {
        names.add(select.identifier().name());
        current = Expressions.skipParentheses(select.expression());
      } else if (current instanceof NewClassTree newClass) {
        names.add(TypeText.of(newClass.identifier()));
        current = null;
      } else {
        if (current instanceof IdentifierTree identifier) {
          names.add(identifier.name());
        }
        current = null;
      }
    }
    return names;
  }
}
