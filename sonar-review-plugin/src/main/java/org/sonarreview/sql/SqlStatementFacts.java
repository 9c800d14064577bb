package org.sonarreview.sql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one SQL statement does, as {@link SqlStatements#parse(String)} read it.
 *
 * @param kind the statement's kind
 * @param tables the tables it reads or writes, subqueries included, in the order met; CTE names and derived tables
 *   are not tables
 * @param columns the columns it refers to, each once, in the order met
 * @param notPlainCrud the first feature met that an ORM does not express well, as a noun phrase a message can
 *   quote ({@code "a window function"}); empty for plain CRUD
 * @param selectsStar true when the rows a SELECT returns are {@code *} or {@code t.*} (not counting subqueries,
 *   where {@code exists (select * ...)} is harmless)
 */
public record SqlStatementFacts(Kind kind, List<SqlTable> tables, List<SqlColumn> columns,
  Optional<String> notPlainCrud, boolean selectsStar) {

  /** The statement's kind: the four CRUD statements, and everything else (DDL, MERGE, CALL, SET...). */
  public enum Kind {
    SELECT, INSERT, UPDATE, DELETE, OTHER
  }

  public SqlStatementFacts {
    tables = List.copyOf(tables);
    columns = List.copyOf(columns);
  }

  /** The names of the tables, without schema, each once. */
  public Set<String> tableNames() {
    Set<String> names = new LinkedHashSet<>();
    tables.forEach(table -> names.add(table.name()));
    return names;
  }

  /** The tables the statement writes. */
  public List<SqlTable> writtenTables() {
    return tables.stream().filter(SqlTable::written).toList();
  }

  /** The table a column qualifier designates: by its alias, or by its name when it has no alias. */
  public Optional<SqlTable> tableDesignatedBy(String qualifier) {
    return tables.stream().filter(table -> table.isDesignatedBy(qualifier)).findFirst();
  }

  /** The columns written with this qualifier ({@code c} for {@code c.email}). */
  public List<SqlColumn> columnsQualifiedBy(String qualifier) {
    return columns.stream().filter(column -> qualifier.equals(column.qualifier())).toList();
  }

  /** True for a SELECT, INSERT, UPDATE or DELETE with nothing an ORM does not express well. */
  public boolean isPlainCrud() {
    return kind != Kind.OTHER && notPlainCrud.isEmpty();
  }
}
