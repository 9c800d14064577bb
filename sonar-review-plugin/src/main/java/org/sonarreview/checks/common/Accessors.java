package org.sonarreview.checks.common;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.BlockTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.ExpressionStatementTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.ReturnStatementTree;
import org.sonar.plugins.java.api.tree.StatementTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;

/**
 * Trivial getters and setters, recognised from the syntax tree alone: a getter only returns one of its
 * class's fields, a setter only assigns its parameter to one (and may return {@code this}). Accessors add
 * no behaviour, so size and cohesion rules leave them out.
 */
public final class Accessors {

  private static final List<String> GETTER_PREFIXES = List.of("get", "is", "has");

  private Accessors() {
  }

  /** The field that the method gets or sets, when the method is a trivial accessor of its class. */
  public static Optional<String> accessedField(MethodTree method) {
    if (!method.is(Tree.Kind.METHOD) || method.block() == null || !(method.parent() instanceof ClassTree owner)) {
      return Optional.empty();
    }
    Set<String> fields = fieldNames(owner);
    Optional<String> field = method.parameters().isEmpty() ? getterField(method) : setterField(method);
    return field.filter(fields::contains).filter(name -> namedAfter(method.simpleName().name(), name, method.parameters().isEmpty()));
  }

  /** True when the method is a trivial getter or setter. */
  public static boolean isAccessor(MethodTree method) {
    return accessedField(method).isPresent();
  }

  /** Names of the fields the class declares itself. */
  public static Set<String> fieldNames(ClassTree owner) {
    return owner.members().stream()
      .filter(VariableTree.class::isInstance)
      .map(member -> ((VariableTree) member).simpleName().name())
      .collect(Collectors.toSet());
  }

  private static Optional<String> getterField(MethodTree method) {
    List<StatementTree> body = method.block().body();
    if (body.size() == 1 && body.get(0) instanceof ReturnStatementTree returned && returned.expression() != null) {
      return fieldName(returned.expression());
    }
    return Optional.empty();
  }

  private static Optional<String> setterField(MethodTree method) {
    BlockTree block = method.block();
    List<StatementTree> body = block.body();
    boolean fluent = body.size() == 2 && body.get(1) instanceof ReturnStatementTree returned
      && returned.expression() != null && returned.expression().is(Tree.Kind.IDENTIFIER)
      && "this".equals(((IdentifierTree) returned.expression()).name());
    if (method.parameters().size() != 1 || !(body.size() == 1 || fluent)
      || !(body.get(0) instanceof ExpressionStatementTree statement)
      || !(statement.expression() instanceof AssignmentExpressionTree assignment)
      || !assignment.is(Tree.Kind.ASSIGNMENT)) {
      return Optional.empty();
    }
    String parameter = method.parameters().get(0).simpleName().name();
    boolean assignsParameter = assignment.expression() instanceof IdentifierTree value && value.name().equals(parameter);
    return assignsParameter ? fieldName(assignment.variable()) : Optional.empty();
  }

  /** {@code name} or {@code this.name}. */
  private static Optional<String> fieldName(ExpressionTree expression) {
    if (expression instanceof IdentifierTree identifier) {
      return Optional.of(identifier.name());
    }
    if (expression instanceof MemberSelectExpressionTree select && select.expression() instanceof IdentifierTree owner
      && "this".equals(owner.name())) {
      return Optional.of(select.identifier().name());
    }
    return Optional.empty();
  }

  /** {@code getName}, {@code isName}, {@code setName} or record style {@code name}. */
  private static boolean namedAfter(String methodName, String field, boolean getter) {
    if (methodName.equals(field)) {
      return true;
    }
    String capitalised = field.isEmpty() ? field : (field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1));
    if (!getter) {
      return methodName.equals("set" + capitalised) || methodName.equals("with" + capitalised);
    }
    return GETTER_PREFIXES.stream().anyMatch(prefix -> methodName.equals(prefix + capitalised));
  }
}
