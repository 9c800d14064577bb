/**
 * SQL text in Java code: which calls run SQL, how the text passed to them was built (constants, concatenation,
 * builders, format strings, placeholders), where the values built into it come from (outside input or
 * constants), and what a query text says once read, as SQL ({@link org.sonarreview.sql.SqlStatements}, with
 * JSqlParser) or as JPQL/HQL ({@link org.sonarreview.sql.JpqlStatements}). Shared by the persistence and
 * security rules.
 */
package org.sonarreview.sql;
