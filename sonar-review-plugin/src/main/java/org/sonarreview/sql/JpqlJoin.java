package org.sonarreview.sql;

import javax.annotation.Nullable;

/**
 * A join on a path: {@code LEFT JOIN FETCH a.items i}, also JPQL's {@code IN (a.items) i} and a subquery's
 * {@code FROM a.items i}. Joins on entities ({@code JOIN Entity e ON ...}) are {@link JpqlRange}s.
 *
 * @param type the join's type
 * @param fetch true for {@code JOIN FETCH}
 * @param path the joined path, also listed among the statement's paths
 * @param alias the identification variable it introduces, in lower case, or null
 */
public record JpqlJoin(Type type, boolean fetch, JpqlPath path, @Nullable String alias) {

  /** {@code JOIN} alone is an inner join; {@code OUTER} adds nothing to LEFT, RIGHT or FULL. */
  public enum Type {
    INNER, LEFT, RIGHT, FULL
  }
}
