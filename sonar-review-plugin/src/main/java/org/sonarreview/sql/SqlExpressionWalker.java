package org.sonarreview.sql;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnalyticType;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.JsonExpression;
import net.sf.jsqlparser.expression.MySQLGroupConcat;
import net.sf.jsqlparser.expression.OracleHierarchicalExpression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.JsonOperator;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.OldOracleJoinBinaryExpression;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.expression.operators.relational.SupportsOldOracleJoinSyntax;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Select;

/**
 * The expressions of a SQL statement: JSqlParser's adapter visits every sub-expression; this walker records the
 * columns, hands subqueries back to the {@link SqlStatementWalker}, and notes the features an ORM does not express
 * well: window functions ({@code OVER}), and vendor syntax (MySQL's {@code GROUP_CONCAT}, PostgreSQL's {@code ::}
 * casts, JSON operators and {@code ~} matches, {@code ILIKE}/{@code RLIKE}/{@code REGEXP} but not the standard
 * {@code SIMILAR TO}, Oracle's {@code (+)} joins and {@code CONNECT BY}).
 */
final class SqlExpressionWalker extends ExpressionVisitorAdapter<Void> {

  private static final List<Class<? extends Expression>> VENDOR_EXPRESSIONS = List.of(MySQLGroupConcat.class,
    OracleHierarchicalExpression.class, JsonExpression.class, JsonOperator.class, RegExpMatchOperator.class);

  /** Functions of one database or another that neither JPQL nor HQL has (prefixes end with an underscore). */
  private static final Set<String> VENDOR_FUNCTIONS = Set.of("json_", "jsonb_", "regexp_", "group_concat", "string_agg",
    "listagg", "array_agg", "unnest", "generate_series", "to_char", "to_date", "to_timestamp", "nvl", "nvl2", "decode",
    "ifnull", "isnull", "date_format", "str_to_date", "dateadd", "datediff", "getdate", "sysdate", "date_trunc",
    "find_in_set");

  private final SqlStatementWalker statements;
  private final SqlFactsBuilder facts;

  SqlExpressionWalker(SqlStatementWalker statements, SqlFactsBuilder facts) {
    this.statements = statements;
    this.facts = facts;
  }

  @Override
  public <S> Void visit(Column column, S context) {
    facts.column(column);
    return null;
  }

  /** Subqueries, parenthesised ones included: the adapter hands those here. */
  @Override
  public <S> Void visit(Select select, S context) {
    statements.select(select);
    return null;
  }

  @Override
  public <S> Void visit(AnyComparisonExpression comparison, S context) {
    statements.select(comparison.getSelect());
    return null;
  }

  @Override
  public <S> Void visit(AnalyticExpression analytic, S context) {
    if (analytic.getType() == AnalyticType.OVER || analytic.getType() == AnalyticType.WITHIN_GROUP_OVER) {
      facts.note(SqlFactsBuilder.WINDOW_FUNCTION);
    }
    // The adapter visits neither the window's PARTITION BY and FILTER nor, but for WITHIN GROUP, its ORDER BY.
    if (analytic.getPartitionExpressionList() != null) {
      analytic.getPartitionExpressionList().forEach(statements::expression);
    }
    if (analytic.getOrderByElements() != null) {
      analytic.getOrderByElements().forEach(element -> statements.expression(element.getExpression()));
    }
    statements.expression(analytic.getFilterExpression());
    return super.visit(analytic, context);
  }

  @Override
  public <S> Void visit(Function function, S context) {
    String name = function.getName() == null ? "" : function.getName().toLowerCase(Locale.ROOT);
    if (VENDOR_FUNCTIONS.stream().anyMatch(vendor -> vendor.endsWith("_") ? name.startsWith(vendor) : name.equals(vendor))) {
      facts.note(SqlFactsBuilder.VENDOR_SYNTAX);
    }
    return super.visit(function, context);
  }

  @Override
  public <S> Void visit(CastExpression cast, S context) {
    noteVendorSyntax(cast);
    return super.visit(cast, context);
  }

  @Override
  public <S> Void visit(JsonExpression json, S context) {
    noteVendorSyntax(json);
    return super.visit(json, context);
  }

  @Override
  public <S> Void visit(AndExpression and, S context) {
    return chain(and, context);
  }

  @Override
  public <S> Void visit(OrExpression or, S context) {
    return chain(or, context);
  }

  /** A long WHERE clause is a left-deep tree of ANDs and ORs: its spine is walked without recursion. */
  private <S> Void chain(BinaryExpression chain, S context) {
    Deque<Expression> rightOperands = new ArrayDeque<>();
    Expression left = chain;
    while (left instanceof AndExpression || left instanceof OrExpression) {
      BinaryExpression binary = (BinaryExpression) left;
      rightOperands.push(binary.getRightExpression());
      left = binary.getLeftExpression();
    }
    left.accept(this, context);
    while (!rightOperands.isEmpty()) {
      rightOperands.pop().accept(this, context);
    }
    return null;
  }

  /** The adapter visits the children of most composite expressions here. */
  @Override
  protected <S> Void visitExpressions(Expression expression, S context, Collection<Expression> subExpressions) {
    noteVendorSyntax(expression);
    return super.visitExpressions(expression, context, subExpressions);
  }

  @Override
  protected <S> Void visitBinaryExpression(BinaryExpression binary, S context) {
    noteVendorSyntax(binary);
    return super.visitBinaryExpression(binary, context);
  }

  private void noteVendorSyntax(Expression expression) {
    if (isVendorSyntax(expression)) {
      facts.note(SqlFactsBuilder.VENDOR_SYNTAX);
    }
  }

  private static boolean isVendorSyntax(Expression expression) {
    if (expression instanceof CastExpression cast) {
      // CAST(x AS t) is standard; x::t is PostgreSQL's.
      return !cast.isUseCastKeyword() && !cast.isImplicitCast();
    }
    if (expression instanceof LikeExpression like) {
      return like.getLikeKeyWord() != LikeExpression.KeyWord.LIKE && like.getLikeKeyWord() != LikeExpression.KeyWord.SIMILAR_TO;
    }
    if (expression instanceof OldOracleJoinBinaryExpression comparison) {
      return comparison.getOldOracleJoinSyntax() != SupportsOldOracleJoinSyntax.NO_ORACLE_JOIN;
    }
    return VENDOR_EXPRESSIONS.stream().anyMatch(type -> type.isInstance(expression));
  }
}
