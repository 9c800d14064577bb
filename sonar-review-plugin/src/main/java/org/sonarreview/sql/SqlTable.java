package org.sonarreview.sql;

import javax.annotation.Nullable;

/**
 * A table a SQL statement reads or writes. Names are unquoted and in lower case ({@code "App"."Customer"} and
 * {@code app.customer} give the same table), so that they compare with mapped names as the database would for
 * unquoted identifiers.
 *
 * @param name the table's own name, without schema or catalog
 * @param schema the schema written before it, or null
 * @param catalog the catalog (database) written before the schema, or null
 * @param alias the alias the statement gives it, or null
 * @param written true for the target of an INSERT, UPDATE, DELETE, MERGE or upsert
 */
public record SqlTable(String name, @Nullable String schema, @Nullable String catalog, @Nullable String alias,
  boolean written) {

  /** True when a column qualifier ({@code c} or {@code customer} or {@code app.customer}) designates this table. */
  public boolean isDesignatedBy(String qualifier) {
    if (alias != null) {
      return alias.equals(qualifier);
    }
    return name.equals(qualifier) || (schema != null && (schema + "." + name).equals(qualifier));
  }
}
