/**
 * SQL text in Java code: which calls run SQL, and how the text passed to them was built (constants,
 * concatenation, builders, format strings, placeholders). Shared by the persistence and security rules.
 */
package org.sonarreview.sql;
