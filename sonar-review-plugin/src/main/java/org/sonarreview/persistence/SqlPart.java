package org.sonarreview.persistence;

import org.sonar.plugins.java.api.tree.Tree;

/**
 * A non-constant part of a SQL text, and where it went into the SQL: the part itself, or the use of the variable
 * that carried it there ({@code "FROM " + table} when {@code table} was assigned from a parameter elsewhere).
 */
public record SqlPart(Tree tree, Tree site) {
}
