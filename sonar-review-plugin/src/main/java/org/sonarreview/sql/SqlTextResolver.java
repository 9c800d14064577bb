package org.sonarreview.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.BinaryExpressionTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeCastTree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.tree.Expressions;

/**
 * The text of a query argument as the code writes it, so that it can be parsed: literals and constants, their
 * concatenation, locals and private final fields built from them with {@code +}, {@code +=} or a
 * {@code StringBuilder}, {@code String.format} and constant-returning private methods. A value the code does not
 * spell out (a parameter, a call) becomes a {@code ?} hole, as a bind parameter would; text that starts with such a
 * value, or that is the value itself, was written elsewhere and is not resolved.
 */
public final class SqlTextResolver {

  /** Where a hole stands in the resolved text. */
  public static final String HOLE = "?";
  /** Marks a hole while the text is built, so that holes are told from the text's own {@code ?} parameters. */
  private static final char PENDING_HOLE = '\u0000';
  private static final String PENDING = String.valueOf(PENDING_HOLE);
  private static final Set<Tree.Kind> BRANCHES = Set.of(Tree.Kind.IF_STATEMENT, Tree.Kind.FOR_STATEMENT, Tree.Kind.FOR_EACH_STATEMENT,
    Tree.Kind.WHILE_STATEMENT, Tree.Kind.DO_STATEMENT, Tree.Kind.SWITCH_STATEMENT, Tree.Kind.CONDITIONAL_EXPRESSION,
    Tree.Kind.CATCH, Tree.Kind.LAMBDA_EXPRESSION);
  private static final int MAX_DEPTH = 10;
  private static final int MAX_LENGTH = 20_000;
  private static final MethodMatchers STRING_FORMAT = MethodMatchers.create().ofTypes("java.lang.String")
    .names("format").withAnyParameters().build();
  private static final MethodMatchers FORMATTED = MethodMatchers.create().ofTypes("java.lang.String")
    .names("formatted").withAnyParameters().build();

  private final Set<Symbol> inProgress = new HashSet<>();
  private boolean unresolvable;
  private boolean conditional;

  private SqlTextResolver() {
  }

  /** The text, or empty when the argument is not written out here (received from a caller, built in a loop of calls...). */
  public static Optional<ResolvedText> resolve(ExpressionTree argument) {
    SqlTextResolver resolver = new SqlTextResolver();
    StringBuilder text = new StringBuilder();
    resolver.append(argument, text, 0);
    String built = text.toString();
    if (resolver.unresolvable || built.isBlank() || built.length() > MAX_LENGTH || built.strip().startsWith(PENDING)
      || isPartOfAName(built)) {
      return Optional.empty();
    }
    return Optional.of(new ResolvedText(built.replace(PENDING_HOLE, HOLE.charAt(0)), built.indexOf(PENDING_HOLE) >= 0, resolver.conditional));
  }

  /**
   * A hole glued to a name ({@code "e.changed" + user + "Password"}, {@code "order by c." + column}): the name is
   * built at run time, so the text does not say which table, column or attribute it names.
   */
  private static boolean isPartOfAName(String text) {
    for (int i = text.indexOf(PENDING_HOLE); i >= 0; i = text.indexOf(PENDING_HOLE, i + 1)) {
      if ((i > 0 && isNameChar(text.charAt(i - 1))) || (i + 1 < text.length() && isNameChar(text.charAt(i + 1)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$';
  }

  private void append(@Nullable ExpressionTree tree, StringBuilder text, int depth) {
    ExpressionTree expression = Expressions.skipParentheses(tree);
    if (expression == null || depth > MAX_DEPTH || text.length() > MAX_LENGTH) {
      unresolvable = true;
      return;
    }
    Optional<Object> constant = expression.asConstant();
    if (constant.isPresent()) {
      text.append(constant.get() instanceof String || constant.get() instanceof Number ? constant.get().toString() : PENDING);
    } else if (expression instanceof TypeCastTree cast) {
      append(cast.expression(), text, depth);
    } else if (expression.is(Tree.Kind.PLUS)) {
      BinaryExpressionTree plus = (BinaryExpressionTree) expression;
      append(plus.leftOperand(), text, depth);
      append(plus.rightOperand(), text, depth);
    } else if (expression instanceof IdentifierTree identifier) {
      appendVariable(identifier.symbol(), text, depth);
    } else if (expression instanceof MemberSelectExpressionTree select && select.expression() instanceof IdentifierTree self
      && "this".equals(self.name())) {
      appendVariable(select.identifier().symbol(), text, depth);
    } else if (expression instanceof MethodInvocationTree invocation) {
      appendInvocation(invocation, text, depth);
    } else if (expression instanceof NewClassTree newBuilder && Builders.isBuilder(newBuilder.symbolType())) {
      newBuilder.arguments().stream().filter(argument -> argument.symbolType().is("java.lang.String"))
        .forEach(argument -> append(argument, text, depth + 1));
    } else {
      text.append(PENDING);
    }
  }

  private void appendInvocation(MethodInvocationTree invocation, StringBuilder text, int depth) {
    ExpressionTree receiver = SqlTextTracer.receiverOf(invocation);
    if (STRING_FORMAT.matches(invocation) && !invocation.arguments().isEmpty()) {
      appendFormat(invocation.arguments().get(0), text, depth);
    } else if (FORMATTED.matches(invocation) && receiver != null) {
      appendFormat(receiver, text, depth);
    } else if (receiver != null && Builders.isBuilder(receiver.symbolType()) && "toString".equals(invocation.methodSymbol().name())) {
      appendBuilder(receiver, text, depth);
    } else if (!appendConstantMethod(invocation.methodSymbol(), text, depth)) {
      text.append(PENDING);
    }
  }

  /** A format string with its conversions as holes: the arguments are values the code does not spell out. */
  private void appendFormat(ExpressionTree format, StringBuilder text, int depth) {
    StringBuilder pattern = new StringBuilder();
    append(format, pattern, depth + 1);
    text.append(pattern.toString().replaceAll("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z]", PENDING).replace("%%", "%"));
  }

  /** A private or final method of the file that returns one text: {@code private String baseQuery() { return "..."; }}. */
  private boolean appendConstantMethod(Symbol.MethodSymbol method, StringBuilder text, int depth) {
    MethodTree declaration = method.declaration();
    if (declaration == null || declaration.block() == null || method.isOverridable() || !declaration.parameters().isEmpty()
      || !inProgress.add(method)) {
      return false;
    }
    try {
      List<ExpressionTree> returned = ResultExpressions.returnedBy(declaration.block());
      if (returned.size() != 1) {
        return false;
      }
      append(returned.get(0), text, depth + 1);
      return true;
    } finally {
      inProgress.remove(method);
    }
  }

  private void appendVariable(Symbol symbol, StringBuilder text, int depth) {
    if (!symbol.isVariableSymbol() || symbol.isUnknown() || symbol.isParameter() || !inProgress.add(symbol)) {
      text.append(PENDING);
      return;
    }
    try {
      Symbol.VariableSymbol variable = (Symbol.VariableSymbol) symbol;
      VariableTree declaration = variable.declaration();
      boolean field = symbol.owner() != null && symbol.owner().isTypeSymbol();
      if (declaration == null || (field && !(symbol.isPrivate() && symbol.isFinal()))) {
        text.append(PENDING);
      } else if (Builders.isBuilder(variable.type())) {
        appendBuilderVariable(variable, text, depth);
      } else {
        appendStringVariable(variable, declaration, text, depth);
      }
    } finally {
      inProgress.remove(symbol);
    }
  }

  /** {@code String sql = "..."; sql += "...";}: the initializer and then each {@code +=} in source order. */
  private void appendStringVariable(Symbol.VariableSymbol variable, VariableTree declaration, StringBuilder text, int depth) {
    if (declaration.initializer() == null) {
      // assigned in branches: which text reaches the query is not written in one place
      unresolvable = true;
      return;
    }
    append(declaration.initializer(), text, depth + 1);
    for (IdentifierTree usage : inSourceOrder(variable.usages())) {
      if (usage.parent() instanceof AssignmentExpressionTree assignment && assignment.variable() == usage) {
        conditional |= isInBranch(usage, declaration);
        if (!assignment.is(Tree.Kind.PLUS_ASSIGNMENT)) {
          unresolvable = true;
          return;
        }
        append(assignment.expression(), text, depth + 1);
      }
    }
  }

  private void appendBuilder(ExpressionTree builder, StringBuilder text, int depth) {
    ExpressionTree expression = Expressions.skipParentheses(builder);
    if (expression instanceof IdentifierTree identifier && identifier.symbol().isVariableSymbol()) {
      if (!inProgress.add(identifier.symbol())) {
        unresolvable = true;
        return;
      }
      try {
        appendBuilderVariable((Symbol.VariableSymbol) identifier.symbol(), text, depth);
      } finally {
        inProgress.remove(identifier.symbol());
      }
    } else if (expression instanceof MethodInvocationTree call && Builders.isBuilder(call.symbolType())
      && "append".equals(call.methodSymbol().name())) {
      // new StringBuilder("select ").append(columns).append(" from t").toString()
      ExpressionTree receiver = SqlTextTracer.receiverOf(call);
      appendBuilder(receiver, text, depth + 1);
      append(call.arguments().get(0), text, depth + 1);
    } else if (expression instanceof NewClassTree) {
      append(expression, text, depth + 1);
    } else {
      unresolvable = true;
    }
  }

  /** A local builder: its initializer, then every {@code append} chained on its uses, in source order. */
  private void appendBuilderVariable(Symbol.VariableSymbol variable, StringBuilder text, int depth) {
    VariableTree declaration = variable.declaration();
    boolean field = variable.owner() != null && variable.owner().isTypeSymbol();
    if (declaration == null || field || variable.isParameter() || declaration.initializer() == null) {
      unresolvable = true;
      return;
    }
    append(declaration.initializer(), text, depth + 1);
    for (IdentifierTree usage : inSourceOrder(variable.usages())) {
      if (usage.parent() instanceof AssignmentExpressionTree assignment && assignment.variable() == usage) {
        unresolvable = true;
        return;
      }
      List<MethodInvocationTree> chain = Builders.chainStartingAt(usage);
      conditional |= !chain.isEmpty() && isInBranch(usage, declaration);
      for (MethodInvocationTree call : chain) {
        String name = call.methodSymbol().name();
        if ("append".equals(name) && !call.arguments().isEmpty()) {
          append(call.arguments().get(0), text, depth + 1);
        } else if (!"toString".equals(name) && !"length".equals(name)) {
          // insert, setLength, delete...: the text is edited, not written in order
          unresolvable = true;
          return;
        }
      }
    }
  }

  /** Whether a use sits in a branch, a loop or a lambda that the declaration does not: it may not run, or run twice. */
  private static boolean isInBranch(Tree usage, VariableTree declaration) {
    Tree scope = declaration.parent();
    for (Tree current = usage.parent(); current != null && current != scope; current = current.parent()) {
      if (BRANCHES.stream().anyMatch(current::is)) {
        return true;
      }
    }
    return false;
  }

  private static List<IdentifierTree> inSourceOrder(List<IdentifierTree> usages) {
    List<IdentifierTree> sorted = new ArrayList<>(usages);
    sorted.sort(Comparator.comparingInt((IdentifierTree usage) -> usage.identifierToken().range().start().line())
      .thenComparingInt(usage -> usage.identifierToken().range().start().columnOffset()));
    return sorted;
  }

  /**
   * A resolved text.
   *
   * @param text  the text, with {@link #HOLE} where the code puts a value it does not spell out
   * @param holes whether it has such holes
   * @param conditional whether parts of it are added in a branch or a loop: the text is then a superset of what
   *                    any one run builds
   */
  public record ResolvedText(String text, boolean holes, boolean conditional) {
  }
}
