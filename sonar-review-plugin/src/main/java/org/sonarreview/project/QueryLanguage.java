package org.sonarreview.project;

/** The language an API expects its query text in. */
public enum QueryLanguage {
  /** Native SQL: JDBC, Spring JDBC, {@code createNativeQuery}, native {@code @Query}. */
  SQL,
  /** The ORM's query language: JPQL, or HQL, its Hibernate superset. */
  JPQL
}
