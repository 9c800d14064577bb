package org.sonarreview.sql;

import javax.annotation.Nullable;

/**
 * A range variable: an entity a JPQL/HQL statement ranges over, declared in a FROM clause, after UPDATE, DELETE
 * FROM or INSERT INTO, or by an HQL entity join ({@code JOIN Entity e ON ...}).
 *
 * @param entityName the entity name as written, possibly fully qualified ({@code com.x.Foo})
 * @param alias the identification variable in lower case (JPQL's are case-insensitive), or null
 * @param offset the offset of the entity name in the text
 * @param depth 0 for the statement, 1 for its subqueries, 2 for theirs...
 */
public record JpqlRange(String entityName, @Nullable String alias, int offset, int depth) {
}
