package org.sonarreview.sql;

import org.sonar.plugins.java.api.tree.Tree;

/**
 * A non-constant part of a SQL text, and where it went into the SQL: the part itself, or the use of the variable
 * that carried it there ({@code "FROM " + table} when {@code table} was assigned from a parameter elsewhere).
 */
public record SqlPart(Tree tree, Tree site) {

  /**
   * SQL text received from elsewhere and only extended here ({@code queryString + " where ..."}): SQL starts with a
   * keyword, so a non-constant part with nothing before it is not a value or a name but SQL built somewhere else,
   * like SQL passed on unchanged.
   */
  public boolean isReceivedSql() {
    return SqlPosition.startsText(tree) && (site == tree || SqlPosition.startsText(site));
  }
}
