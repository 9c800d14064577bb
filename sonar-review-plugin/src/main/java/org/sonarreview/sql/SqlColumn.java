package org.sonarreview.sql;

import javax.annotation.Nullable;

/**
 * A column a SQL statement refers to, unquoted and in lower case.
 *
 * @param qualifier the alias or table written before it ({@code c}, {@code customer}, {@code app.customer}), or null
 * @param name the column's name
 */
public record SqlColumn(@Nullable String qualifier, String name) {
}
