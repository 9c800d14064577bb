package org.sonarreview.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.Nullable;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import org.sonarreview.sql.SqlStatementFacts.Kind;

/**
 * The facts of one SQL statement as its walk finds them: tables (names unquoted and in lower case, each once per
 * alias, written when written anywhere; CTE names and Oracle's {@code DUAL} left out), columns, and the first
 * feature an ORM does not express well, in the words a message quotes.
 */
final class SqlFactsBuilder {

  static final String CTE = "a common table expression";
  static final String WINDOW_FUNCTION = "a window function";
  static final String LOCKING = "a locking clause";
  static final String DDL = "DDL";
  static final String UPSERT = "an upsert";
  static final String VENDOR_SYNTAX = "vendor-specific syntax";
  static final String BULK = "a bulk statement across several tables";
  static final String SET_OPERATION = "a set operation";
  static final String PROCEDURE_CALL = "a stored procedure call";
  static final String OTHER_STATEMENT = "a statement other than SELECT, INSERT, UPDATE or DELETE";

  private final List<SqlTable> tables = new ArrayList<>();
  private final Set<SqlColumn> columns = new LinkedHashSet<>();
  /** Names the statement's WITH clauses define: a FROM naming one reads no table. */
  private final Set<String> cteNames = new HashSet<>();
  /** Every table reference met so far, repeated ones included: tells whether a part of the statement reads any. */
  private int tableReferences;
  @Nullable
  private String notPlainCrud;

  /** The first feature noted wins: features are noted as the walk meets them, roughly in text order. */
  void note(String feature) {
    if (notPlainCrud == null) {
      notPlainCrud = feature;
    }
  }

  void cte(String name) {
    cteNames.add(normalise(name));
  }

  void table(@Nullable Table table, boolean written) {
    if (table == null || table.getName() == null) {
      return;
    }
    String name = normalise(table.getName());
    String schema = normaliseOrNull(table.getSchemaName());
    if (schema == null && (cteNames.contains(name) || (!written && "dual".equals(name)))) {
      return;
    }
    tableReferences++;
    String alias = table.getAlias() == null ? null : normalise(table.getAlias().getName());
    add(new SqlTable(name, schema, normaliseOrNull(table.getDatabaseName()), alias, written));
    if (table.getSqlServerHints() != null || table.getIndexHint() != null) {
      note(VENDOR_SYNTAX);
    }
  }

  /** MySQL's {@code DELETE t1, t2 FROM ...}: a target names a table or an alias of the FROM clause. */
  void deleteTarget(Table target) {
    String name = qualifiedName(target);
    Optional<SqlTable> named = tables.stream().filter(table -> table.isDesignatedBy(name)).findFirst();
    if (named.isPresent()) {
      SqlTable table = named.get();
      add(new SqlTable(table.name(), table.schema(), table.catalog(), table.alias(), true));
    } else {
      table(target, true);
    }
  }

  void column(Column column) {
    Table qualifier = column.getTable();
    String qualifierName = qualifier == null || qualifier.getName() == null ? null : qualifiedName(qualifier);
    columns.add(new SqlColumn(qualifierName, normalise(column.getColumnName())));
  }

  int tableReferences() {
    return tableReferences;
  }

  SqlStatementFacts build(Kind kind, boolean selectsStar) {
    return new SqlStatementFacts(kind, tables, new ArrayList<>(columns), Optional.ofNullable(notPlainCrud), selectsStar);
  }

  private void add(SqlTable table) {
    for (int i = 0; i < tables.size(); i++) {
      SqlTable known = tables.get(i);
      if (known.name().equals(table.name()) && Objects.equals(known.schema(), table.schema())
        && Objects.equals(known.catalog(), table.catalog()) && Objects.equals(known.alias(), table.alias())) {
        if (table.written()) {
          tables.set(i, table);
        }
        return;
      }
    }
    tables.add(table);
  }

  private static String qualifiedName(Table table) {
    return Stream.of(table.getDatabaseName(), table.getSchemaName(), table.getName())
      .filter(Objects::nonNull)
      .map(SqlFactsBuilder::normalise)
      .collect(Collectors.joining("."));
  }

  @Nullable
  private static String normaliseOrNull(@Nullable String identifier) {
    return identifier == null || identifier.isEmpty() ? null : normalise(identifier);
  }

  /** Unquoted ({@code "x"}, {@code `x`}, {@code [x]}) and in lower case. */
  private static String normalise(String identifier) {
    String unquoted = identifier;
    if (identifier.length() >= 2) {
      char first = identifier.charAt(0);
      char last = identifier.charAt(identifier.length() - 1);
      if ((first == '"' && last == '"') || (first == '`' && last == '`') || (first == '[' && last == ']')) {
        unquoted = identifier.substring(1, identifier.length() - 1);
      }
    }
    return unquoted.toLowerCase(Locale.ROOT);
  }
}
