package org.sonarreview.tree;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
import org.sonar.plugins.java.api.tree.ParameterizedTypeTree;
import org.sonar.plugins.java.api.tree.ReturnStatementTree;
import org.sonar.plugins.java.api.tree.StatementTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeTree;
import org.sonar.plugins.java.api.tree.VariableTree;

/**
 * Recognises accessors precisely: the name must match a field (or record component) declared in the same
 * class, and the signature must fit. {@code getName()}, {@code isActive()}, {@code name()}, {@code setName(x)}
 * and the builder-style {@code name(x)}, {@code withName(x)}, {@code setName(x)} returning the class qualify;
 * {@code getConnection()} with no {@code connection} field does not.
 */
public final class Accessors {

  private static final Set<String> BOOLEAN_TYPES = Set.of("boolean", "Boolean", "java.lang.Boolean");

  private Accessors() {
  }

  /** True when the method reads or writes a field of its own class. */
  public static boolean isAccessor(MethodTree method, ClassTree owner) {
    if (!method.is(Tree.Kind.METHOD) || method.returnType() == null) {
      return false;
    }
    Set<String> fields = fieldNames(owner);
    String name = method.simpleName().name();
    String returnType = TypeText.of(method.returnType());
    return switch (method.parameters().size()) {
      case 0 -> !"void".equals(returnType) && isGetter(name, returnType, fields);
      case 1 -> isSetter(name, method.returnType(), owner, fields);
      default -> false;
    };
  }

  private static boolean isGetter(String name, String returnType, Set<String> fields) {
    if (fields.contains(lower(name))) {
      // Record style: name() returns the field name.
      return true;
    }
    if (BOOLEAN_TYPES.contains(returnType) && propertyOf(name, "is", fields)) {
      return true;
    }
    return propertyOf(name, "get", fields);
  }

  private static boolean isSetter(String name, TypeTree returnType, ClassTree owner, Set<String> fields) {
    boolean fluent = returnsOwner(returnType, owner);
    if (!fluent && !"void".equals(TypeText.of(returnType))) {
      return false;
    }
    if (propertyOf(name, "set", fields)) {
      return true;
    }
    // Builder style: name(value) or withName(value) returning the builder itself.
    return fluent && (fields.contains(lower(name)) || propertyOf(name, "with", fields));
  }

  /**
   * True when a method of this name reads or writes a property spelled exactly {@code field}: {@code fooURL},
   * {@code getFooURL}, {@code isFooURL} and {@code setFooURL} all name the field {@code fooURL}.
   */
  public static boolean namesProperty(String methodName, String field) {
    if (methodName.equals(field)) {
      return true;
    }
    if (field.isEmpty()) {
      return false;
    }
    String property = Character.toUpperCase(field.charAt(0)) + field.substring(1);
    return List.of("get", "is", "set").stream().anyMatch(prefix -> methodName.equals(prefix + property));
  }

  /** {@code getFirstName} with prefix {@code get} names the property {@code firstName}, which must be a field. */
  private static boolean propertyOf(String name, String prefix, Set<String> fields) {
    return name.length() > prefix.length()
      && name.startsWith(prefix)
      && Character.isUpperCase(name.charAt(prefix.length()))
      && fields.contains(lower(name.substring(prefix.length())));
  }

  private static boolean returnsOwner(TypeTree returnType, ClassTree owner) {
    Tree base = returnType instanceof ParameterizedTypeTree parameterized ? parameterized.type() : returnType;
    return owner.simpleName() != null && TypeText.of(base).equals(owner.simpleName().name());
  }

  /** Field and record component names, lower-cased so that {@code getURL} finds {@code url}. */
  private static Set<String> fieldNames(ClassTree owner) {
    Set<String> names = owner.members().stream()
      .filter(VariableTree.class::isInstance)
      .map(member -> lower(((VariableTree) member).simpleName().name()))
      .collect(Collectors.toCollection(HashSet::new));
    owner.recordComponents().forEach(component -> names.add(lower(component.simpleName().name())));
    return names;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /**
   * True when the method is an accessor (see {@link #isAccessor(MethodTree, ClassTree)}) whose body does
   * nothing else: it only returns the field, or only assigns its parameter to it (and may return {@code this}).
   * Such methods add no behaviour, so size and cohesion rules leave them out.
   */
  public static boolean isTrivialAccessor(MethodTree method) {
    if (method.block() == null || !(method.parent() instanceof ClassTree owner) || !isAccessor(method, owner)) {
      return false;
    }
    return method.parameters().isEmpty() ? isTrivialGetter(method.block()) : isTrivialSetter(method);
  }

  private static boolean isTrivialGetter(BlockTree block) {
    List<StatementTree> body = block.body();
    return body.size() == 1 && body.get(0) instanceof ReturnStatementTree returned && returned.expression() != null
      && isFieldReference(returned.expression());
  }

  private static boolean isTrivialSetter(MethodTree method) {
    List<StatementTree> body = method.block().body();
    boolean fluent = body.size() == 2 && body.get(1) instanceof ReturnStatementTree returned
      && returned.expression() instanceof IdentifierTree self && "this".equals(self.name());
    if (!(body.size() == 1 || fluent)
      || !(body.get(0) instanceof ExpressionStatementTree statement)
      || !(statement.expression() instanceof AssignmentExpressionTree assignment)
      || !assignment.is(Tree.Kind.ASSIGNMENT)) {
      return false;
    }
    String parameter = method.parameters().get(0).simpleName().name();
    return assignment.expression() instanceof IdentifierTree value && value.name().equals(parameter)
      && isFieldReference(assignment.variable());
  }

  /** {@code name} or {@code this.name}. */
  private static boolean isFieldReference(ExpressionTree expression) {
    return expression instanceof IdentifierTree
      || (expression instanceof MemberSelectExpressionTree select && select.expression() instanceof IdentifierTree owner
        && "this".equals(owner.name()));
  }
}
