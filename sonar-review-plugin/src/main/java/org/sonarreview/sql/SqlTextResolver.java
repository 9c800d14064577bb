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
  private static final int MAX_DEPTH = 10;
  private static final int MAX_LENGTH = 20_000;
  private static final MethodMatchers STRING_FORMAT = MethodMatchers.create().ofTypes("java.lang.String")
    .names("format").withAnyParameters().build();
  private static final MethodMatchers FORMATTED = MethodMatchers.create().ofTypes("java.lang.String")
    .names("formatted").withAnyParameters().build();

  private final Set<Symbol> inProgress = new HashSet<>();
  private boolean unresolvable;

  private SqlTextResolver() {
  }

  /** The text, or empty when the argument is not written out here (received from a caller, built in a loop of calls...). */
  public static Optional<ResolvedText> resolve(ExpressionTree argument) {
    SqlTextResolver resolver = new SqlTextResolver();
    StringBuilder text = new StringBuilder();
    resolver.append(argument, text, 0);
    if (resolver.unresolvable || text.length() == 0 || text.length() > MAX_LENGTH || text.toString().strip().startsWith(HOLE)) {
      return Optional.empty();
    }
    return Optional.of(new ResolvedText(text.toString(), text.indexOf(HOLE) >= 0));
  }

  private void append(@Nullable ExpressionTree tree, StringBuilder text, int depth) {
    ExpressionTree expression = Expressions.skipParentheses(tree);
    if (expression == null || depth > MAX_DEPTH || text.length() > MAX_LENGTH) {
      unresolvable = true;
      return;
    }
    Optional<Object> constant = expression.asConstant();
    if (constant.isPresent()) {
      text.append(constant.get() instanceof String value ? value : HOLE);
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
      text.append(HOLE);
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
      text.append(HOLE);
    }
  }

  /** A format string with its conversions as holes: the arguments are values the code does not spell out. */
  private void appendFormat(ExpressionTree format, StringBuilder text, int depth) {
    StringBuilder pattern = new StringBuilder();
    append(format, pattern, depth + 1);
    text.append(pattern.toString().replaceAll("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z]", HOLE).replace("%%", "%"));
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
      text.append(HOLE);
      return;
    }
    try {
      Symbol.VariableSymbol variable = (Symbol.VariableSymbol) symbol;
      VariableTree declaration = variable.declaration();
      boolean field = symbol.owner() != null && symbol.owner().isTypeSymbol();
      if (declaration == null || (field && !(symbol.isPrivate() && symbol.isFinal()))) {
        text.append(HOLE);
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
      for (MethodInvocationTree call : Builders.chainStartingAt(usage)) {
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
   */
  public record ResolvedText(String text, boolean holes) {
  }
}
