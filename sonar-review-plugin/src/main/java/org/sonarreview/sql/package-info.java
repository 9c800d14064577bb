/**
 * SQL text in Java code: which calls run SQL, how the text passed to them was built (constants,
 * concatenation, builders, format strings, placeholders), and where the values built into it come from
 * (outside input or constants). Shared by the persistence and security rules.
 */
package org.sonarreview.sql;
