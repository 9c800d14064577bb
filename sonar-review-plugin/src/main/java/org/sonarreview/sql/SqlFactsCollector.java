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
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.CreateFunctionalStatement;
import net.sf.jsqlparser.statement.PurgeStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.alter.sequence.AlterSequence;
import net.sf.jsqlparser.statement.comment.Comment;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.schema.CreateSchema;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.synonym.CreateSynonym;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.AlterView;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.delete.ParenthesedDelete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.execute.Execute;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.insert.ParenthesedInsert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.TableStatement;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.ParenthesedUpdate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import net.sf.jsqlparser.statement.upsert.Upsert;
import org.sonarreview.sql.SqlStatementFacts.Kind;

/**
 * Walks one JSqlParser statement, subqueries included, and gathers its {@link SqlStatementFacts}. Statements and
 * queries are told apart with {@code instanceof} (a handful of types); expressions, with their hundred node types,
 * go through {@link SqlExpressionWalker}. Oracle's {@code DUAL} is not a table. The WHEN clauses of a MERGE and the
 * columns of DDL are not read: a MERGE is an upsert and DDL is DDL, whatever they name.
 */
final class SqlFactsCollector {

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

  private static final List<Class<? extends Statement>> DDL_STATEMENTS = List.of(CreateTable.class, CreateIndex.class,
    CreateView.class, AlterView.class, CreateSchema.class, CreateSequence.class, AlterSequence.class,
    CreateSynonym.class, CreateFunctionalStatement.class, Alter.class, Drop.class, Truncate.class,
    RenameTableStatement.class, Comment.class, PurgeStatement.class);

  /** Each table once per alias: written when the statement writes it anywhere. */
  private final List<SqlTable> tables = new ArrayList<>();
  private final Set<SqlColumn> columns = new LinkedHashSet<>();
  /** Names the statement's WITH clauses define: a FROM naming one reads no table. */
  private final Set<String> cteNames = new HashSet<>();
  private final SqlExpressionWalker expressions = new SqlExpressionWalker(this);
  /** Every table reference met so far, repeated ones included: tells whether a part of the statement reads any. */
  private int tableReferences;
  @Nullable
  private String notPlainCrud;

  private SqlFactsCollector() {
  }

  static SqlStatementFacts collect(Statement statement) {
    SqlFactsCollector collector = new SqlFactsCollector();
    Kind kind = collector.statement(statement);
    boolean selectsStar = statement instanceof Select select && selectsStar(select);
    return new SqlStatementFacts(kind, new ArrayList<>(collector.tables), new ArrayList<>(collector.columns),
      Optional.ofNullable(collector.notPlainCrud), selectsStar);
  }

  private Kind statement(Statement statement) {
    if (statement instanceof Select select) {
      select(select);
      return Kind.SELECT;
    }
    if (statement instanceof Insert insert) {
      insert(insert);
      return Kind.INSERT;
    }
    if (statement instanceof Update update) {
      update(update);
      return Kind.UPDATE;
    }
    if (statement instanceof Delete delete) {
      delete(delete);
      return Kind.DELETE;
    }
    if (statement instanceof Merge merge) {
      merge(merge);
    } else if (statement instanceof Upsert upsert) {
      upsert(upsert);
    } else if (DDL_STATEMENTS.stream().anyMatch(type -> type.isInstance(statement))) {
      note(DDL);
    } else {
      note(statement instanceof Execute ? PROCEDURE_CALL : OTHER_STATEMENT);
    }
    return Kind.OTHER;
  }

  /** The first feature noted wins: features are noted as the walk meets them, roughly in text order. */
  void note(String feature) {
    if (notPlainCrud == null) {
      notPlainCrud = feature;
    }
  }

  void select(@Nullable Select select) {
    if (select == null) {
      return;
    }
    withItems(select.getWithItemsList());
    if (select instanceof PlainSelect plain) {
      plainSelect(plain);
    } else if (select instanceof SetOperationList setOperations) {
      note(SET_OPERATION);
      setOperations.getSelects().forEach(this::select);
    } else if (select instanceof ParenthesedSelect parenthesed) {
      select(parenthesed.getSelect());
    } else if (select instanceof Values values) {
      expression(values.getExpressions());
    } else if (select instanceof TableStatement tableStatement) {
      table(tableStatement.getTable(), false);
    }
    orderBy(select.getOrderByElements());
    if (select.getForMode() != null || select.isSkipLocked() || select.isNoWait() || select.getWait() != null) {
      note(LOCKING);
    }
  }

  void expression(@Nullable Expression expression) {
    if (expression != null) {
      expression.accept(expressions, null);
    }
  }

  void column(Column column) {
    Table qualifier = column.getTable();
    String qualifierName = qualifier == null || qualifier.getName() == null ? null : qualifiedName(qualifier);
    columns.add(new SqlColumn(qualifierName, normalise(column.getColumnName())));
  }

  private void withItems(@Nullable List<WithItem<?>> withItems) {
    if (withItems == null || withItems.isEmpty()) {
      return;
    }
    note(CTE);
    // All names first: a recursive CTE, or a later one, names an earlier one in its body.
    withItems.forEach(item -> cteNames.add(normalise(item.getAliasName())));
    for (WithItem<?> item : withItems) {
      Object body = item.getParenthesedStatement();
      if (body instanceof ParenthesedSelect parenthesed) {
        select(parenthesed);
      } else if (body instanceof ParenthesedInsert insert) {
        insert(insert.getInsert());
      } else if (body instanceof ParenthesedUpdate update) {
        update(update.getUpdate());
      } else if (body instanceof ParenthesedDelete delete) {
        delete(delete.getDelete());
      }
    }
  }

  private void plainSelect(PlainSelect select) {
    if (select.getOracleHint() != null || select.getTop() != null || select.getMySqlSqlCalcFoundRows()
      || (select.getDistinct() != null && select.getDistinct().getOnSelectItems() != null)) {
      note(VENDOR_SYNTAX);
    }
    select.getSelectItems().forEach(item -> expression(item.getExpression()));
    fromItem(select.getFromItem());
    joins(select.getJoins());
    expression(select.getWhere());
    if (select.getOracleHierarchical() != null) {
      note(VENDOR_SYNTAX);
      expression(select.getOracleHierarchical());
    }
    if (select.getGroupBy() != null) {
      expression(select.getGroupBy().getGroupByExpressionList());
    }
    expression(select.getHaving());
    if (select.getWindowDefinitions() != null) {
      note(WINDOW_FUNCTION);
    }
  }

  private void fromItem(@Nullable FromItem item) {
    if (item instanceof Table table) {
      table(table, false);
    } else if (item instanceof Select select) {
      select(select);
    } else if (item instanceof TableFunction function) {
      expression(function.getFunction());
    } else if (item instanceof ParenthesedFromItem parenthesed) {
      fromItem(parenthesed.getFromItem());
      joins(parenthesed.getJoins());
    }
  }

  private void joins(@Nullable List<Join> joins) {
    if (joins == null) {
      return;
    }
    for (Join join : joins) {
      fromItem(join.getFromItem());
      join.getOnExpressions().forEach(this::expression);
      if (join.getUsingColumns() != null) {
        join.getUsingColumns().forEach(this::column);
      }
    }
  }

  private void orderBy(@Nullable List<OrderByElement> orderBy) {
    if (orderBy != null) {
      orderBy.forEach(element -> expression(element.getExpression()));
    }
  }

  private void insert(Insert insert) {
    withItems(insert.getWithItemsList());
    if (insert.getOracleHint() != null) {
      note(VENDOR_SYNTAX);
    }
    table(insert.getTable(), true);
    expression(insert.getColumns());
    int referencesBefore = tableReferences;
    select(insert.getSelect());
    if (tableReferences > referencesBefore) {
      note(BULK);
    }
    updateSets(insert.getSetUpdateSets());
    if (insert.getConflictAction() != null || insert.getDuplicateUpdateSets() != null || insert.isModifierIgnore()) {
      note(UPSERT);
    }
    updateSets(insert.getDuplicateUpdateSets());
    if (insert.getConflictAction() != null) {
      updateSets(insert.getConflictAction().getUpdateSets());
      expression(insert.getConflictAction().getWhereExpression());
    }
    if (insert.getReturningClause() != null || insert.getOutputClause() != null) {
      note(VENDOR_SYNTAX);
    }
  }

  private void update(Update update) {
    withItems(update.getWithItemsList());
    if (update.getOracleHint() != null) {
      note(VENDOR_SYNTAX);
    }
    table(update.getTable(), true);
    if (isPresent(update.getStartJoins()) || update.getFromItem() != null || isPresent(update.getJoins())) {
      note(BULK);
    }
    joins(update.getStartJoins());
    updateSets(update.getUpdateSets());
    fromItem(update.getFromItem());
    joins(update.getJoins());
    expression(update.getWhere());
    orderBy(update.getOrderByElements());
    if (update.getOrderByElements() != null || update.getLimit() != null || update.getReturningClause() != null
      || update.getOutputClause() != null) {
      note(VENDOR_SYNTAX);
    }
  }

  private void delete(Delete delete) {
    withItems(delete.getWithItemsList());
    if (delete.getOracleHint() != null) {
      note(VENDOR_SYNTAX);
    }
    List<Table> targets = delete.getTables() == null ? List.of() : delete.getTables();
    if (targets.size() > 1 || isPresent(delete.getUsingList()) || isPresent(delete.getJoins())) {
      note(BULK);
    }
    table(delete.getTable(), true);
    if (delete.getUsingList() != null) {
      delete.getUsingList().forEach(table -> table(table, false));
    }
    joins(delete.getJoins());
    expression(delete.getWhere());
    orderBy(delete.getOrderByElements());
    // MySQL's DELETE t1, t2 FROM ...: the targets name tables or aliases of the FROM clause.
    targets.forEach(this::deleteTarget);
    if (delete.getOrderByElements() != null || delete.getLimit() != null || delete.getReturningClause() != null
      || delete.getOutputClause() != null) {
      note(VENDOR_SYNTAX);
    }
  }

  private void deleteTarget(Table target) {
    String name = qualifiedName(target);
    Optional<SqlTable> named = tables.stream().filter(table -> table.isDesignatedBy(name)).findFirst();
    if (named.isPresent()) {
      SqlTable table = named.get();
      add(new SqlTable(table.name(), table.schema(), table.catalog(), table.alias(), true));
    } else {
      table(target, true);
    }
  }

  private void merge(Merge merge) {
    withItems(merge.getWithItemsList());
    note(UPSERT);
    table(merge.getTable(), true);
    fromItem(merge.getFromItem());
    expression(merge.getOnCondition());
  }

  private void upsert(Upsert upsert) {
    note(UPSERT);
    table(upsert.getTable(), true);
    expression(upsert.getColumns());
    select(upsert.getSelect());
    updateSets(upsert.getUpdateSets());
    updateSets(upsert.getDuplicateUpdateSets());
  }

  private void updateSets(@Nullable List<UpdateSet> updateSets) {
    if (updateSets != null) {
      for (UpdateSet set : updateSets) {
        expression(set.getColumns());
        expression(set.getValues());
      }
    }
  }

  private void table(@Nullable Table table, boolean written) {
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

  private void expression(@Nullable ExpressionList<?> list) {
    if (list != null) {
      list.forEach(this::expression);
    }
  }

  /** The rows a SELECT returns, not those of its subqueries. */
  private static boolean selectsStar(Select select) {
    if (select instanceof PlainSelect plain) {
      return plain.getSelectItems().stream().anyMatch(item -> item.getExpression() instanceof AllColumns);
    }
    if (select instanceof SetOperationList setOperations) {
      return setOperations.getSelects().stream().anyMatch(SqlFactsCollector::selectsStar);
    }
    return select instanceof ParenthesedSelect parenthesed && selectsStar(parenthesed.getSelect());
  }

  private static String qualifiedName(Table table) {
    return Stream.of(table.getDatabaseName(), table.getSchemaName(), table.getName())
      .filter(Objects::nonNull)
      .map(SqlFactsCollector::normalise)
      .collect(Collectors.joining("."));
  }

  private static boolean isPresent(@Nullable List<?> list) {
    return list != null && !list.isEmpty();
  }

  @Nullable
  private static String normaliseOrNull(@Nullable String identifier) {
    return identifier == null || identifier.isEmpty() ? null : normalise(identifier);
  }

  /** Unquoted ({@code "x"}, {@code `x`}, {@code [x]}) and in lower case. */
  static String normalise(String identifier) {
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
