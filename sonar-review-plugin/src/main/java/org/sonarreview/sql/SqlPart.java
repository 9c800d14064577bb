package org.sonarreview.sql;

import java.util.List;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * A non-constant part of a SQL text, and where it went into the SQL: the part itself, or the use of the variable
 * that carried it there ({@code "FROM " + table} when {@code table} was assigned from a parameter elsewhere).
 * {@code hops} are the variables it travelled through on the way, nearest the part first.
 */
public record SqlPart(Tree tree, Tree site, List<Hop> hops) {

  /**
   * One variable on the way from a part to the SQL: the assignment target that took the value ({@code sql} in
   * {@code String sql = ...}, or {@code this.table}) and the use of the variable that passed it on.
   */
  public record Hop(Symbol variable, Tree assignedAt, Tree use) {
  }

  public SqlPart(Tree tree, Tree site) {
    this(tree, site, List.of());
  }

  /**
   * SQL text received from elsewhere and only extended here ({@code queryString + " where ..."}): SQL starts with a
   * keyword, so a non-constant part with nothing before it is not a value or a name but SQL built somewhere else,
   * like SQL passed on unchanged.
   */
  public boolean isReceivedSql() {
    return SqlPosition.startsText(tree) && (site == tree || SqlPosition.startsText(site));
  }
}
