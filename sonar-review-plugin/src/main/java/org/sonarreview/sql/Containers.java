package org.sonarreview.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.Arguments;
import org.sonar.plugins.java.api.tree.ArrayAccessExpressionTree;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewArrayTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.tree.Expressions;

/**
 * Collections, maps, arrays and {@code StringJoiner}s held in a variable and filled after they are created: what
 * {@code add}, {@code put} or an element assignment puts in them, and the methods they are handed to for filling.
 */
final class Containers {

  /** Which elements of a map matter: its keys ({@code keySet()}), its values ({@code get}, {@code values()}) or both. */
  enum Elements { ALL, KEYS, VALUES }

  /** A value put into the container: {@code x} in {@code list.add(x)}, {@code k} in {@code map.put(k, v)} for the keys. */
  record Fill(ExpressionTree value, Elements elements) {
  }

  /** The container passed to a method that may fill it: {@code where}, argument {@code index} of {@code visitNode(root, where)}. */
  record Handoff(ExpressionTree argument, int index, Symbol.MethodSymbol method) {
  }

  /** Which part of a map a call reads, and which of its arguments go into the result. */
  enum MapRead {
    KEYS, VALUES, WHOLE;

    private static final Set<String> KEY_READS = Set.of("keySet", "navigableKeySet", "descendingKeySet", "firstKey", "lastKey",
      "ceilingKey", "floorKey", "higherKey", "lowerKey");
    private static final Set<String> VALUE_READS = Set.of("values", "get", "getOrDefault", "remove");

    static MapRead of(MethodInvocationTree call) {
      String name = call.methodSymbol().name();
      if (KEY_READS.contains(name)) {
        return KEYS;
      }
      return VALUE_READS.contains(name) ? VALUES : WHOLE;
    }

    /** The key asked for never goes into a map read; {@code getOrDefault}'s default does. */
    List<ExpressionTree> valueArguments(MethodInvocationTree call) {
      List<ExpressionTree> arguments = call.arguments();
      if (this == WHOLE) {
        return arguments;
      }
      return "getOrDefault".equals(call.methodSymbol().name()) && arguments.size() == 2 ? List.of(arguments.get(1)) : List.of();
    }

    Elements elements(Elements asked) {
      if (this == KEYS) {
        return Elements.KEYS;
      }
      return this == VALUES ? Elements.VALUES : asked;
    }
  }

  private static final Set<String> ADD_FIRST = Set.of("offer", "push", "addFirst", "addLast", "offerFirst", "offerLast", "addElement");
  private static final Set<String> ADD_LAST = Set.of("add", "addAll", "set");
  private static final Set<String> PUT = Set.of("put", "putIfAbsent", "replace", "merge", "computeIfAbsent", "compute", "computeIfPresent");
  private static final MethodMatchers COLLECTIONS_ADD_ALL = MethodMatchers.create().ofTypes("java.util.Collections")
    .names("addAll").withAnyParameters().build();
  /** Owners whose methods read the containers they are given: they never fill them. */
  private static final List<String> READING_PACKAGES = List.of("java.", "jakarta.persistence.", "javax.persistence.", "org.hibernate.",
    "org.springframework.jdbc.", "org.jooq.", "org.slf4j.", "org.apache.logging.", "org.apache.commons.logging.");

  private Containers() {
  }

  /**
   * The variable a new container is created into, such as {@code where} for {@code List<String> where = new ArrayList<>()};
   * null when the expression is not a container creation assigned to a variable.
   */
  @Nullable
  static Symbol.VariableSymbol createdInto(Tree expression) {
    if (!(expression instanceof NewClassTree || expression instanceof NewArrayTree || expression instanceof MethodInvocationTree)
      || !isContainer(((ExpressionTree) expression).symbolType())) {
      return null;
    }
    Tree current = expression;
    while (current.parent() != null && current.parent().is(Tree.Kind.PARENTHESIZED_EXPRESSION)) {
      current = current.parent();
    }
    Symbol symbol = null;
    if (current.parent() instanceof VariableTree variable && variable.initializer() == current) {
      symbol = variable.symbol();
    } else if (current.parent() instanceof AssignmentExpressionTree assignment && assignment.expression() == current) {
      ExpressionTree target = Expressions.skipParentheses(assignment.variable());
      symbol = target instanceof IdentifierTree identifier ? identifier.symbol()
        : target instanceof MemberSelectExpressionTree select ? select.identifier().symbol() : null;
    }
    return symbol instanceof Symbol.VariableSymbol variable && SqlTextTracer.isTraceable(variable) ? variable : null;
  }

  static boolean isContainer(Type type) {
    return type.isArray() || type.isSubtypeOf("java.util.Collection") || type.isSubtypeOf("java.util.Map")
      || type.is("java.util.StringJoiner");
  }

  /** What the uses of a container variable put into it, and where it is handed to a method that may fill it. */
  static void fillsOf(Symbol.VariableSymbol container, Elements elements, List<Fill> fills, List<Handoff> handoffs) {
    for (IdentifierTree usage : container.usages()) {
      Tree use = usage.parent() instanceof MemberSelectExpressionTree qualified && qualified.identifier() == usage ? qualified : usage;
      if (use.parent() instanceof MemberSelectExpressionTree select && select.expression() == use
        && select.parent() instanceof MethodInvocationTree call) {
        fills.addAll(valuesAdded(call, elements));
      } else if (use.parent() instanceof ArrayAccessExpressionTree access && access.parent() instanceof AssignmentExpressionTree assignment
        && assignment.variable() == access) {
        fills.add(new Fill(assignment.expression(), Elements.ALL));
      } else if (use.parent() instanceof Arguments arguments) {
        handoff((ExpressionTree) use, arguments, fills, handoffs);
      }
    }
  }

  private static List<Fill> valuesAdded(MethodInvocationTree call, Elements elements) {
    String name = call.methodSymbol().name();
    List<ExpressionTree> arguments = call.arguments();
    if (arguments.isEmpty()) {
      return List.of();
    }
    if (ADD_FIRST.contains(name)) {
      return List.of(new Fill(arguments.get(0), Elements.ALL));
    }
    if (ADD_LAST.contains(name)) {
      return List.of(new Fill(arguments.get(arguments.size() - 1), Elements.ALL));
    }
    if ("putAll".equals(name)) {
      return List.of(new Fill(arguments.get(0), elements));
    }
    if (PUT.contains(name)) {
      List<Fill> fills = new ArrayList<>();
      for (int i = 0; i < arguments.size(); i++) {
        if (elements == Elements.ALL || (i == 0) == (elements == Elements.KEYS)) {
          fills.add(new Fill(arguments.get(i), Elements.ALL));
        }
      }
      return fills;
    }
    return List.of();
  }

  private static void handoff(ExpressionTree use, Arguments arguments, List<Fill> fills, List<Handoff> handoffs) {
    Tree call = arguments.parent();
    Symbol.MethodSymbol method = call instanceof MethodInvocationTree invocation ? invocation.methodSymbol()
      : call instanceof NewClassTree newClass ? newClass.methodSymbol() : null;
    if (method == null || method.isUnknown()) {
      return;
    }
    if (call instanceof MethodInvocationTree invocation && COLLECTIONS_ADD_ALL.matches(invocation)) {
      arguments.stream().filter(argument -> argument != use).forEach(argument -> fills.add(new Fill(argument, Elements.ALL)));
      return;
    }
    int index = arguments.indexOf(use);
    List<Type> parameters = method.parameterTypes();
    Type parameter = index < parameters.size() ? parameters.get(index) : null;
    String owner = method.owner() == null ? "" : method.owner().type().fullyQualifiedName();
    if (parameter != null && isContainer(parameter) && READING_PACKAGES.stream().noneMatch(owner::startsWith)) {
      handoffs.add(new Handoff(use, index, method));
    }
  }
}
