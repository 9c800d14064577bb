package org.sonarreview.rules.design;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.ExpressionStatementTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Modifier;
import org.sonar.plugins.java.api.tree.StatementTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.tree.Expressions;
import org.sonarreview.tree.Modifiers;

/**
 * Constructors of record-like data classes: each parameter goes into the instance field of its name, and every
 * instance field of the class is filled that way, so the parameter list is the class's field list.
 */
public final class MirroringConstructors {

  private MirroringConstructors() {
  }

  /**
   * True when the constructor's body has, as top-level statements, one {@code this.name = name} per parameter (the
   * value may also be {@code name} passed to a method, as in {@code requireNonNull(name)} or {@code List.copyOf(name)}),
   * and these assignments cover every non-static field of its class or enum.
   */
  public static boolean mirrorsFields(MethodTree constructor) {
    if (!constructor.is(Tree.Kind.CONSTRUCTOR) || constructor.block() == null
      || !(constructor.parent() instanceof ClassTree owner) || !owner.is(Tree.Kind.CLASS, Tree.Kind.ENUM)) {
      return false;
    }
    Set<String> fields = instanceFields(owner);
    if (fields.isEmpty() || fields.size() != constructor.parameters().size()) {
      return false;
    }
    Map<String, Symbol> parameters = constructor.parameters().stream()
      .collect(Collectors.toMap(parameter -> parameter.simpleName().name(), VariableTree::symbol, (a, b) -> a));
    Set<String> assigned = new HashSet<>();
    for (StatementTree statement : constructor.block().body()) {
      String field = assignedParameter(statement, parameters);
      if (field != null && fields.contains(field)) {
        assigned.add(field);
      }
    }
    return assigned.equals(fields);
  }

  private static Set<String> instanceFields(ClassTree owner) {
    return owner.members().stream()
      .filter(member -> member.is(Tree.Kind.VARIABLE))
      .map(VariableTree.class::cast)
      .filter(field -> !Modifiers.has(field.modifiers(), Modifier.STATIC))
      .map(field -> field.simpleName().name())
      .collect(Collectors.toSet());
  }

  /** The field name of {@code this.name = name;} when {@code name} is a parameter; null for any other statement. */
  @Nullable
  private static String assignedParameter(StatementTree statement, Map<String, Symbol> parameters) {
    if (!(statement instanceof ExpressionStatementTree expressionStatement)
      || !(expressionStatement.expression() instanceof AssignmentExpressionTree assignment)
      || !assignment.is(Tree.Kind.ASSIGNMENT)
      || !(assignment.variable() instanceof MemberSelectExpressionTree target)
      || !(target.expression() instanceof IdentifierTree receiver)
      || !"this".equals(receiver.name())) {
      return null;
    }
    String field = target.identifier().name();
    Symbol parameter = parameters.get(field);
    return parameter != null && isValueOf(assignment.expression(), parameter) ? field : null;
  }

  /** {@code name}, or a call that receives {@code name} itself, such as {@code Objects.requireNonNull(name, "name")}. */
  private static boolean isValueOf(ExpressionTree value, Symbol parameter) {
    ExpressionTree unwrapped = Expressions.skipParenthesesAndCasts(value);
    return isParameter(unwrapped, parameter)
      || unwrapped instanceof MethodInvocationTree call && call.arguments().stream().anyMatch(argument -> isParameter(argument, parameter));
  }

  private static boolean isParameter(ExpressionTree expression, Symbol parameter) {
    return Expressions.skipParenthesesAndCasts(expression) instanceof IdentifierTree identifier && identifier.symbol() == parameter;
  }
}
