package org.sonarreview.sql;

import java.util.List;
import javax.annotation.Nullable;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
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
 * Walks one JSqlParser statement, subqueries included, and hands what it finds to a {@link SqlFactsBuilder}.
 * Statements and queries are told apart with {@code instanceof} (a handful of types); expressions, with their
 * hundred node types, go through {@link SqlExpressionWalker}. The WHEN clauses of a MERGE and the names in DDL are
 * not read: a MERGE is an upsert and DDL is DDL, whatever they name.
 */
final class SqlStatementWalker {

  private static final List<Class<? extends Statement>> DDL_STATEMENTS = List.of(CreateTable.class, CreateIndex.class,
    CreateView.class, AlterView.class, CreateSchema.class, CreateSequence.class, AlterSequence.class,
    CreateSynonym.class, CreateFunctionalStatement.class, Alter.class, Drop.class, Truncate.class,
    RenameTableStatement.class, Comment.class, PurgeStatement.class);

  private final SqlFactsBuilder facts = new SqlFactsBuilder();
  private final SqlExpressionWalker expressions = new SqlExpressionWalker(this, facts);

  private SqlStatementWalker() {
  }

  static SqlStatementFacts collect(Statement statement) {
    SqlStatementWalker walker = new SqlStatementWalker();
    walker.statement(statement);
    return walker.facts.build(kind(statement), statement instanceof Select select && selectsStar(select));
  }

  private void statement(Statement statement) {
    if (statement instanceof Select select) {
      select(select);
    } else if (statement instanceof Insert insert) {
      insert(insert);
    } else if (statement instanceof Update update) {
      update(update);
    } else if (statement instanceof Delete delete) {
      delete(delete);
    } else if (statement instanceof Merge merge) {
      merge(merge);
    } else if (statement instanceof Upsert upsert) {
      upsert(upsert);
    } else if (DDL_STATEMENTS.stream().anyMatch(type -> type.isInstance(statement))) {
      facts.note(SqlFactsBuilder.DDL);
    } else {
      facts.note(statement instanceof Execute ? SqlFactsBuilder.PROCEDURE_CALL : SqlFactsBuilder.OTHER_STATEMENT);
    }
  }

  private static Kind kind(Statement statement) {
    if (statement instanceof Select) {
      return Kind.SELECT;
    }
    if (statement instanceof Insert) {
      return Kind.INSERT;
    }
    if (statement instanceof Update) {
      return Kind.UPDATE;
    }
    return statement instanceof Delete ? Kind.DELETE : Kind.OTHER;
  }

  void select(@Nullable Select select) {
    if (select == null) {
      return;
    }
    withItems(select.getWithItemsList());
    if (select instanceof PlainSelect plain) {
      plainSelect(plain);
    } else if (select instanceof SetOperationList setOperations) {
      facts.note(SqlFactsBuilder.SET_OPERATION);
      setOperations.getSelects().forEach(this::select);
    } else if (select instanceof ParenthesedSelect parenthesed) {
      select(parenthesed.getSelect());
    } else if (select instanceof Values values) {
      expression(values.getExpressions());
    } else if (select instanceof TableStatement tableStatement) {
      facts.table(tableStatement.getTable(), false);
    }
    orderBy(select.getOrderByElements());
    if (select.getForMode() != null || select.isSkipLocked() || select.isNoWait() || select.getWait() != null) {
      facts.note(SqlFactsBuilder.LOCKING);
    }
  }

  void expression(@Nullable Expression expression) {
    if (expression != null) {
      expression.accept(expressions, null);
    }
  }

  private void withItems(@Nullable List<WithItem<?>> withItems) {
    if (withItems == null || withItems.isEmpty()) {
      return;
    }
    facts.note(SqlFactsBuilder.CTE);
    // All names first: a recursive CTE, or a later one, names an earlier one in its body.
    withItems.forEach(item -> facts.cte(item.getAliasName()));
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
      facts.note(SqlFactsBuilder.VENDOR_SYNTAX);
    }
    select.getSelectItems().forEach(item -> expression(item.getExpression()));
    fromItem(select.getFromItem());
    joins(select.getJoins());
    expression(select.getWhere());
    expression(select.getOracleHierarchical());
    if (select.getGroupBy() != null) {
      expression(select.getGroupBy().getGroupByExpressionList());
    }
    expression(select.getHaving());
    if (select.getQualify() != null) {
      facts.note(SqlFactsBuilder.VENDOR_SYNTAX);
      expression(select.getQualify());
    }
    if (select.getWindowDefinitions() != null) {
      facts.note(SqlFactsBuilder.WINDOW_FUNCTION);
    }
  }

  private void fromItem(@Nullable FromItem item) {
    if (item instanceof Table table) {
      facts.table(table, false);
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
        join.getUsingColumns().forEach(facts::column);
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
      facts.note(SqlFactsBuilder.VENDOR_SYNTAX);
    }
    facts.table(insert.getTable(), true);
    expression(insert.getColumns());
    int referencesBefore = facts.tableReferences();
    select(insert.getSelect());
    if (facts.tableReferences() > referencesBefore) {
      facts.note(SqlFactsBuilder.BULK);
    }
    updateSets(insert.getSetUpdateSets());
    if (insert.getConflictAction() != null || insert.getDuplicateUpdateSets() != null || insert.isModifierIgnore()) {
      facts.note(SqlFactsBuilder.UPSERT);
    }
    updateSets(insert.getDuplicateUpdateSets());
    if (insert.getConflictAction() != null) {
      updateSets(insert.getConflictAction().getUpdateSets());
      expression(insert.getConflictAction().getWhereExpression());
    }
    if (insert.getReturningClause() != null || insert.getOutputClause() != null) {
      facts.note(SqlFactsBuilder.VENDOR_SYNTAX);
    }
  }

  private void update(Update update) {
    withItems(update.getWithItemsList());
    if (update.getOracleHint() != null) {
      facts.note(SqlFactsBuilder.VENDOR_SYNTAX);
    }
    facts.table(update.getTable(), true);
    if (isPresent(update.getStartJoins()) || update.getFromItem() != null || isPresent(update.getJoins())) {
      facts.note(SqlFactsBuilder.BULK);
    }
    joins(update.getStartJoins());
    updateSets(update.getUpdateSets());
    fromItem(update.getFromItem());
    joins(update.getJoins());
    expression(update.getWhere());
    orderBy(update.getOrderByElements());
    if (update.getOrderByElements() != null || update.getLimit() != null || update.getReturningClause() != null
      || update.getOutputClause() != null) {
      facts.note(SqlFactsBuilder.VENDOR_SYNTAX);
    }
  }

  private void delete(Delete delete) {
    withItems(delete.getWithItemsList());
    if (delete.getOracleHint() != null) {
      facts.note(SqlFactsBuilder.VENDOR_SYNTAX);
    }
    List<Table> targets = delete.getTables() == null ? List.of() : delete.getTables();
    if (targets.size() > 1 || isPresent(delete.getUsingList()) || isPresent(delete.getJoins())) {
      facts.note(SqlFactsBuilder.BULK);
    }
    facts.table(delete.getTable(), true);
    if (delete.getUsingList() != null) {
      delete.getUsingList().forEach(table -> facts.table(table, false));
    }
    joins(delete.getJoins());
    expression(delete.getWhere());
    orderBy(delete.getOrderByElements());
    targets.forEach(facts::deleteTarget);
    if (delete.getOrderByElements() != null || delete.getLimit() != null || delete.getReturningClause() != null
      || delete.getOutputClause() != null) {
      facts.note(SqlFactsBuilder.VENDOR_SYNTAX);
    }
  }

  private void merge(Merge merge) {
    withItems(merge.getWithItemsList());
    facts.note(SqlFactsBuilder.UPSERT);
    facts.table(merge.getTable(), true);
    fromItem(merge.getFromItem());
    expression(merge.getOnCondition());
  }

  private void upsert(Upsert upsert) {
    facts.note(SqlFactsBuilder.UPSERT);
    facts.table(upsert.getTable(), true);
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
      return setOperations.getSelects().stream().anyMatch(SqlStatementWalker::selectsStar);
    }
    return select instanceof ParenthesedSelect parenthesed && selectsStar(parenthesed.getSelect());
  }

  private static boolean isPresent(@Nullable List<?> list) {
    return list != null && !list.isEmpty();
  }
}
