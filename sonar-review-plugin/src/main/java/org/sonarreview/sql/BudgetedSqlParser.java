package org.sonarreview.sql;

import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.feature.Feature;

/**
 * JSqlParser's parser with a deadline, kept on the caller's thread. JSqlParser's lookahead can take exponential
 * time (each level of nested {@code IN (SELECT ...)} doubles it: half a minute at 17 levels), which its own
 * {@code CCJSqlParserUtil.parse} bounds by running each parse on a new thread and setting the parser's
 * {@code interrupted} flag on timeout. Here the parser sets the flag itself: it asks its configuration for a
 * feature many times per operand ({@link #getAsBoolean}), and that is where the clock is read. Once the flag is
 * set, JSqlParser's guarded lookaheads fail and the parse ends within milliseconds, in a ParseException or in a
 * statement that {@link #ranOutOfTime()} says to discard.
 */
final class BudgetedSqlParser extends CCJSqlParser {

  /** A {@link System#nanoTime()} value. */
  private final long deadline;

  BudgetedSqlParser(String text, long deadlineNanos) {
    super(new StringProvider(text));
    this.deadline = deadlineNanos;
  }

  @Override
  public boolean getAsBoolean(Feature feature) {
    if (!interrupted && System.nanoTime() - deadline > 0) {
      interrupted = true;
    }
    return super.getAsBoolean(feature);
  }

  boolean ranOutOfTime() {
    return interrupted;
  }
}
