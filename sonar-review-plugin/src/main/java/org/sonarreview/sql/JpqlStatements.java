package org.sonarreview.sql;

import java.util.Optional;

/**
 * Reads one JPQL or HQL statement and tells what it does ({@link JpqlStatementFacts}): its range variables, path
 * joins and path expressions, and the syntax that marks it as JPQL/HQL or as SQL. Keywords and identification
 * variables are case-insensitive; entity and attribute names are kept as written.
 *
 * <p>A hand-written reader of the subset that matters here, a {@link JpqlTokenizer} and a {@link JpqlReader},
 * rather than Hibernate's ANTLR grammar: hibernate-core is some 10 MB with the ANTLR runtime to shade beside it,
 * and its HQL parser ({@code org.hibernate.grammars.hql}) is internal API that changes between minor versions.
 * Regular expressions over the whole text cannot follow parentheses and subqueries, nor tell a path from a
 * qualified entity name. The reader reads clause structure strictly and expressions loosely: it finds out what
 * a statement refers to, it does not validate it. Texts it cannot read (unbalanced parentheses, an unknown clause
 * structure, derived tables or lateral joins, text that is not a query) give {@link Optional#empty()}; nothing
 * throws.
 */
public final class JpqlStatements {

  private JpqlStatements() {
  }

  public static Optional<JpqlStatementFacts> parse(String text) {
    if (text.isBlank() || text.length() > SqlStatements.MAX_LENGTH) {
      return Optional.empty();
    }
    return JpqlTokenizer.tokenize(text).flatMap(JpqlReader::read);
  }
}
