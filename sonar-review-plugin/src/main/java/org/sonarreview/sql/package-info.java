/**
 * SQL text in Java code: which calls run SQL, and how the text passed to them was built (constants,
 * concatenation, builders, format strings, placeholders); and what a query text says once read, as SQL
 * ({@link org.sonarreview.sql.SqlStatements}, with JSqlParser) or as JPQL/HQL
 * ({@link org.sonarreview.sql.JpqlStatements}). Shared by the persistence and security rules.
 */
package org.sonarreview.sql;
