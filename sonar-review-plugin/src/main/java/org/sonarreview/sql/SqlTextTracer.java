package org.sonarreview.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.BinaryExpressionTree;
import org.sonar.plugins.java.api.tree.BlockTree;
import org.sonar.plugins.java.api.tree.ConditionalExpressionTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.LiteralTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.SwitchExpressionTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeCastTree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.tree.Expressions;

/**
 * Follows a SQL text argument back to where it is built and collects the non-constant parts that went into it:
 * through {@code +}, {@code String.format}/{@code formatted}/{@code concat}/{@code String.join},
 * {@code StringBuilder}/{@code StringBuffer} chains, local variables, and private or final fields of the file.
 * A value that is passed along unchanged (a parameter used as the whole SQL) is not "built" and yields no part.
 * Parts of numeric, boolean, enum, date-time, UUID or unknown type are safe: unknown means the rule stays silent.
 * Each part keeps the variables it went through on its way, for a rule that shows the way.
 */
public final class SqlTextTracer {

  private static final int MAX_DEPTH = 12;
  private static final String STRING = "java.lang.String";
  private static final MethodMatchers STRING_FORMAT = MethodMatchers.create().ofTypes(STRING).names("format").withAnyParameters().build();
  private static final MethodMatchers STRING_JOIN = MethodMatchers.create().ofTypes(STRING).names("join").withAnyParameters().build();
  private static final MethodMatchers STRING_VALUE_OF = MethodMatchers.create().ofTypes(STRING)
    .names("valueOf", "copyValueOf").withAnyParameters().build();
  private static final MethodMatchers STRING_BUILDING_CALLS = MethodMatchers.create().ofTypes(STRING)
    .names("formatted", "concat").withAnyParameters().build();
  /** String methods whose result is as safe as their receiver. */
  static final MethodMatchers STRING_PASS_THROUGH = MethodMatchers.create().ofTypes(STRING)
    .names("trim", "strip", "stripLeading", "stripTrailing", "toUpperCase", "toLowerCase", "intern", "repeat",
      "substring", "indent", "stripIndent", "toString")
    .withAnyParameters().build();
  private static final MethodMatchers CLASS_NAMES = MethodMatchers.create().ofTypes("java.lang.Class")
    .names("getName", "getSimpleName", "getCanonicalName", "getTypeName").addWithoutParametersMatcher().build();

  private static final Set<String> TEXT_OF_VALUE = Set.of("name", "toString");

  private final Predicate<String> sanitizer;
  private final Set<Symbol> inProgress = new HashSet<>();
  /** Each part, with the variable use through which it reached the SQL and the variables on the way. */
  private final Map<Tree, SqlPart> parts = new LinkedHashMap<>();
  /** The variables the visit went through from the SQL down to the current expression, as a stack. */
  private final Deque<SqlPart.Hop> hops = new ArrayDeque<>();
  @Nullable
  private Tree variableUse;

  /** @param sanitizer true for the names of methods whose result is safe to put into SQL */
  public SqlTextTracer(Predicate<String> sanitizer) {
    this.sanitizer = sanitizer;
  }

  /** The non-constant parts the SQL text is built from, in discovery order; empty when it is constant or not built. */
  public List<SqlPart> nonConstantParts(ExpressionTree sql) {
    return partsOf(sql, false);
  }

  /** The non-constant parts a value is made of, whether or not it is built: what a value passed to a method carries. */
  List<SqlPart> valueParts(ExpressionTree value) {
    return partsOf(value, true);
  }

  private List<SqlPart> partsOf(ExpressionTree expression, boolean building) {
    parts.clear();
    inProgress.clear();
    hops.clear();
    variableUse = null;
    visit(expression, 0, building);
    return new ArrayList<>(parts.values());
  }

  /**
   * @param building true once the value is known to be concatenated or formatted into SQL: only then is a
   *                 non-constant value a part. A parameter passed on unchanged is the caller's business.
   */
  private void visit(@Nullable ExpressionTree tree, int depth, boolean building) {
    ExpressionTree expression = Expressions.skipParentheses(tree);
    if (expression == null || depth > MAX_DEPTH || expression.asConstant().isPresent() || SafeTypes.isSafe(expression.symbolType())) {
      return;
    }
    if (Builders.isBuilder(expression.symbolType())) {
      visitBuilder(expression, depth);
    } else if (expression instanceof LiteralTree) {
      // null, or a literal whose value the frontend did not fold: nothing user-controlled.
    } else if (expression instanceof TypeCastTree cast) {
      visit(cast.expression(), depth, building);
    } else if (expression.is(Tree.Kind.PLUS)) {
      BinaryExpressionTree plus = (BinaryExpressionTree) expression;
      visit(plus.leftOperand(), depth, true);
      visit(plus.rightOperand(), depth, true);
    } else if (expression instanceof ConditionalExpressionTree conditional) {
      visit(conditional.trueExpression(), depth, building);
      visit(conditional.falseExpression(), depth, building);
    } else if (expression instanceof SwitchExpressionTree switchExpression) {
      ResultExpressions.yieldedBy(switchExpression).forEach(result -> visit(result, depth, building));
    } else if (expression instanceof IdentifierTree identifier) {
      visitVariable(identifier, identifier.symbol(), depth, building);
    } else if (expression instanceof MemberSelectExpressionTree select) {
      visitVariable(select, select.identifier().symbol(), depth, building);
    } else if (expression instanceof MethodInvocationTree invocation) {
      visitInvocation(invocation, depth, building);
    } else {
      addPart(expression, building);
    }
  }

  private void addPart(Tree part, boolean building) {
    if (building && !parts.containsKey(part)) {
      // A stack iterates from its top: the variable nearest the part comes first.
      parts.put(part, new SqlPart(part, variableUse == null ? part : variableUse, List.copyOf(hops)));
    }
  }

  private void visitVariable(ExpressionTree use, Symbol symbol, int depth, boolean building) {
    if (symbol.isUnknown() || !symbol.isVariableSymbol() || (symbol.isStatic() && symbol.isFinal())) {
      // Unknown: stay silent. static final: a constant, or at least fixed at class initialisation.
      return;
    }
    if (symbol.isParameter() || !isTraceable(symbol)) {
      addPart(use, building);
      return;
    }
    if (!inProgress.add(symbol)) {
      // A self-reference such as sql = sql + x: the other assignments already contribute.
      return;
    }
    Tree outerUse = variableUse;
    if (building && outerUse == null) {
      // Where the variable is concatenated tells what its value is (a name after FROM, a value after =).
      variableUse = use;
    }
    try {
      if (traceAssignments((Symbol.VariableSymbol) symbol, use, depth, building) == 0) {
        // A loop variable, a pattern variable or an injected field: its value comes from elsewhere.
        addPart(use, building);
      }
    } finally {
      variableUse = outerUse;
      inProgress.remove(symbol);
    }
  }

  /** Locals, and fields of this file that only this class can assign: private or final ones. */
  static boolean isTraceable(Symbol symbol) {
    boolean field = symbol.owner() != null && symbol.owner().isTypeSymbol();
    return symbol.declaration() != null && (!field || symbol.isPrivate() || symbol.isFinal());
  }

  /** Visits the initializer and every assignment; returns how many there were. */
  private int traceAssignments(Symbol.VariableSymbol variable, ExpressionTree use, int depth, boolean building) {
    int sources = 0;
    VariableTree declaration = variable.declaration();
    if (declaration != null && declaration.initializer() != null && !declaration.parent().is(Tree.Kind.FOR_EACH_STATEMENT)) {
      sources++;
      visitAssigned(declaration.initializer(), new SqlPart.Hop(variable, declaration.simpleName(), use), depth, building);
    }
    for (IdentifierTree usage : variable.usages()) {
      AssignmentExpressionTree assignment = assignmentTo(usage);
      if (assignment != null) {
        sources++;
        visitAssigned(assignment.expression(), new SqlPart.Hop(variable, assignment.variable(), use), depth,
          building || assignment.is(Tree.Kind.PLUS_ASSIGNMENT));
      }
    }
    return sources;
  }

  private void visitAssigned(ExpressionTree value, SqlPart.Hop hop, int depth, boolean building) {
    hops.push(hop);
    try {
      visit(value, depth + 1, building);
    } finally {
      hops.pop();
    }
  }

  @Nullable
  private static AssignmentExpressionTree assignmentTo(IdentifierTree usage) {
    Tree target = usage;
    if (usage.parent() instanceof MemberSelectExpressionTree select && select.identifier() == usage) {
      // this.sql = ...
      target = select;
    }
    if (target.parent() instanceof AssignmentExpressionTree assignment && Expressions.skipParentheses(assignment.variable()) == target) {
      return assignment;
    }
    return null;
  }

  private void visitInvocation(MethodInvocationTree invocation, int depth, boolean building) {
    Symbol.MethodSymbol method = invocation.methodSymbol();
    if (method.isUnknown() || sanitizer.test(method.name()) || CLASS_NAMES.matches(invocation) || isPlaceholderList(invocation)) {
      return;
    }
    ExpressionTree receiver = receiverOf(invocation);
    if (receiver != null && SafeTypes.isSafe(receiver.symbolType()) && TEXT_OF_VALUE.contains(method.name())) {
      // direction.name(), id.toString()
      return;
    }
    if (receiver != null && Builders.isBuilder(receiver.symbolType())) {
      // sb.toString(), sb.substring(...)
      visitBuilder(receiver, depth);
    } else if (STRING_FORMAT.matches(invocation) || STRING_JOIN.matches(invocation)) {
      invocation.arguments().forEach(argument -> visit(argument, depth, true));
    } else if (STRING_BUILDING_CALLS.matches(invocation)) {
      visit(receiver, depth, true);
      invocation.arguments().forEach(argument -> visit(argument, depth, true));
    } else if (STRING_VALUE_OF.matches(invocation)) {
      visit(invocation.arguments().get(0), depth, building);
    } else if (STRING_PASS_THROUGH.matches(invocation)) {
      visit(receiver, depth, building);
    } else if (Placeholders.N_COPIES.matches(invocation)) {
      visit(invocation.arguments().get(1), depth, building);
    } else if (building && !returnsOnlyConstants(method, depth)) {
      addPart(invocation, true);
    }
  }

  /** A method of this file whose every {@code return} is constant, such as {@code tableName()}. */
  private boolean returnsOnlyConstants(Symbol.MethodSymbol method, int depth) {
    MethodTree declaration = method.declaration();
    BlockTree body = declaration == null ? null : declaration.block();
    if (body == null || method.isOverridable() || !inProgress.add(method)) {
      return false;
    }
    try {
      List<ExpressionTree> returned = ResultExpressions.returnedBy(body);
      if (returned.isEmpty()) {
        return false;
      }
      SqlTextTracer nested = new SqlTextTracer(sanitizer);
      nested.inProgress.addAll(inProgress);
      for (ExpressionTree expression : returned) {
        nested.visit(expression, depth + 1, true);
      }
      return nested.parts.isEmpty();
    } finally {
      inProgress.remove(method);
    }
  }

  /** {@code "?"} lists: {@code ids.stream().map(id -> "?").collect(joining(","))}, {@code Stream.generate(() -> "?")}. */
  private static boolean isPlaceholderList(MethodInvocationTree invocation) {
    if (!"collect".equals(invocation.methodSymbol().name())) {
      return false;
    }
    for (ExpressionTree link = receiverOf(invocation); link instanceof MethodInvocationTree call; link = receiverOf(call)) {
      if (Placeholders.producesConstant(call)) {
        return true;
      }
    }
    return false;
  }

  private void visitBuilder(ExpressionTree builder, int depth) {
    ExpressionTree expression = Expressions.skipParentheses(builder);
    if (expression instanceof MethodInvocationTree invocation && Builders.isBuilder(invocation.symbolType())) {
      ExpressionTree appended = Builders.appendedValue(invocation);
      if (appended != null) {
        visit(appended, depth, true);
      }
      ExpressionTree receiver = receiverOf(invocation);
      if (receiver != null) {
        visitBuilder(receiver, depth);
      }
    } else if (expression instanceof NewClassTree newBuilder) {
      newBuilder.arguments().forEach(argument -> visit(argument, depth, true));
    } else if (expression instanceof IdentifierTree identifier) {
      visitBuilderVariable(identifier.symbol(), depth);
    } else if (expression instanceof MemberSelectExpressionTree select) {
      visitBuilderVariable(select.identifier().symbol(), depth);
    }
    // Anything else (a builder from another method): its content is out of sight, stay silent.
  }

  /** A builder variable: its initializer, its reassignments, and every append/insert chain that starts on it. */
  private void visitBuilderVariable(Symbol symbol, int depth) {
    if (!symbol.isVariableSymbol() || symbol.isParameter() || !isTraceable(symbol) || !inProgress.add(symbol)) {
      return;
    }
    try {
      Symbol.VariableSymbol variable = (Symbol.VariableSymbol) symbol;
      VariableTree declaration = variable.declaration();
      if (declaration != null && declaration.initializer() != null) {
        visitBuilder(declaration.initializer(), depth + 1);
      }
      for (IdentifierTree usage : variable.usages()) {
        AssignmentExpressionTree assignment = assignmentTo(usage);
        if (assignment != null) {
          visitBuilder(assignment.expression(), depth + 1);
        }
        for (MethodInvocationTree call : Builders.chainStartingAt(usage)) {
          ExpressionTree appended = Builders.appendedValue(call);
          if (appended != null) {
            visit(appended, depth + 1, true);
          }
        }
      }
    } finally {
      inProgress.remove(symbol);
    }
  }

  @Nullable
  static ExpressionTree receiverOf(MethodInvocationTree invocation) {
    return invocation.methodSelect() instanceof MemberSelectExpressionTree select ? select.expression() : null;
  }
}
