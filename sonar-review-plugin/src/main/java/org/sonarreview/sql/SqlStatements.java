package org.sonarreview.sql;

import java.time.Duration;
import java.util.Optional;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.piped.FromQuery;

/**
 * Reads one SQL statement with JSqlParser and tells what it does ({@link SqlStatementFacts}). The text is SQL as
 * written in Java code, its non-constant parts replaced by {@code ?}; JDBC {@code ?}, JPA {@code ?1} and named
 * {@code :name} parameters parse.
 *
 * <p>JSqlParser's {@code CCJSqlParserUtil.parse} runs every parse on a new executor thread to enforce a timeout;
 * this class builds the parser itself and runs it on the caller's thread, bounding the work instead: texts over
 * {@link #MAX_LENGTH} characters or nested deeper than {@link #MAX_NESTING} parentheses are not read, a parse
 * that runs past {@link #PARSE_BUDGET} is abandoned, and the slow "complex" retry that JSqlParser makes when its
 * fast pass fails is only tried up to JSqlParser's own nesting limit.
 * A text that is not exactly one statement (a script, a fragment, garbage) gives {@link Optional#empty()}; nothing
 * throws.
 */
public final class SqlStatements {

  /** SQL statements written in Java code are far shorter; longer texts are scripts or data, not worth a parse. */
  static final int MAX_LENGTH = 20_000;
  /** JSqlParser descends recursively into every parenthesis: deeper texts risk the analysis thread's stack. */
  static final int MAX_NESTING = 50;
  /**
   * Time for all the attempts on one text, after which the parser gives up ({@link BudgetedSqlParser}). SQL from
   * Java code parses in well under a millisecond once the JIT has compiled the parser, and in a few hundred the
   * very first time: only texts that send JSqlParser's lookahead into exponential time reach the budget.
   */
  static final Duration PARSE_BUDGET = Duration.ofSeconds(2);

  private SqlStatements() {
  }

  public static Optional<SqlStatementFacts> parse(String text) {
    return parse(text, PARSE_BUDGET);
  }

  static Optional<SqlStatementFacts> parse(String text, Duration budget) {
    if (text.isBlank() || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int nesting = CCJSqlParserUtil.getNestingDepth(text);
    if (nesting > MAX_NESTING) {
      return Optional.empty();
    }
    try {
      long deadline = System.nanoTime() + budget.toNanos();
      return statement(text, nesting <= CCJSqlParserUtil.ALLOWED_NESTING_DEPTH, deadline).map(SqlStatementWalker::collect);
    } catch (RuntimeException | StackOverflowError walkFailure) {
      // An AST shape the walk did not expect, or nesting the bound above let through.
      return Optional.empty();
    }
  }

  /**
   * Like {@code CCJSqlParserUtil.parse}: a fast pass, then the complex one (deeper lookahead for nested
   * functions) if allowed; SQL Server's {@code [name]} quotes only as a last try, as they turn PostgreSQL's array
   * subscripts into names.
   */
  private static Optional<Statement> statement(String text, boolean mayParseComplex, long deadline) {
    Optional<Statement> statement = attempt(text, false, false, deadline);
    if (statement.isEmpty() && mayParseComplex) {
      statement = attempt(text, true, false, deadline);
    }
    if (statement.isEmpty() && text.indexOf('[') >= 0) {
      statement = attempt(text, mayParseComplex, true, deadline);
    }
    return statement;
  }

  private static Optional<Statement> attempt(String text, boolean complex, boolean squareBracketQuotes, long deadline) {
    try {
      BudgetedSqlParser parser = new BudgetedSqlParser(text, deadline);
      parser.withAllowComplexParsing(complex).withSquareBracketQuotation(squareBracketQuotes);
      Statement statement = parser.Statement();
      // Statement() stops after a ';': anything left makes a script, not one statement.
      boolean oneStatement = parser.getNextToken().kind == CCJSqlParserConstants.EOF;
      // A text that starts with FROM is HQL's short form far more often than BigQuery's pipe syntax.
      boolean sql = !(statement instanceof FromQuery);
      return oneStatement && sql && !parser.ranOutOfTime() ? Optional.of(statement) : Optional.empty();
    } catch (ParseException | RuntimeException | StackOverflowError notOneStatement) {
      // ParseException, TokenMgrException (a RuntimeException), values the AST rejects (NumberFormatException...):
      // the generated parser throws nothing else.
      return Optional.empty();
    }
  }
}
