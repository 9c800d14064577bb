package org.sonarreview.sql;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sonarreview.sql.SqlStatementFacts.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class SqlStatementsTest {

  private static SqlStatementFacts facts(String sql) {
    Optional<SqlStatementFacts> facts = SqlStatements.parse(sql);
    assertThat(facts).as(sql).isPresent();
    return facts.get();
  }

  private static SqlTable read(String name) {
    return new SqlTable(name, null, null, null, false);
  }

  private static SqlTable written(String name) {
    return new SqlTable(name, null, null, null, true);
  }

  @Test
  void plain_select_with_star() {
    SqlStatementFacts facts = facts("select * from customer where email is null");
    assertThat(facts.kind()).isEqualTo(Kind.SELECT);
    assertThat(facts.tables()).containsExactly(read("customer"));
    assertThat(facts.columns()).containsExactly(new SqlColumn(null, "email"));
    assertThat(facts.notPlainCrud()).isEmpty();
    assertThat(facts.selectsStar()).isTrue();
    assertThat(facts.isPlainCrud()).isTrue();
  }

  @Test
  void qualified_star_counts_and_count_star_does_not() {
    assertThat(facts("select c.* from customer c").selectsStar()).isTrue();
    assertThat(facts("select count(*) from customer").selectsStar()).isFalse();
    assertThat(facts("select id from customer where exists (select * from orders o where o.customer_id = id)")
      .selectsStar()).isFalse();
    assertThat(facts("select a from t union select * from u").selectsStar()).isTrue();
  }

  @Test
  void schema_qualified_tables_aliases_and_parameters() {
    SqlStatementFacts facts = facts("SELECT c.id, c.Name FROM App.Customer c WHERE c.id IN (?) AND c.name = :p1 AND c.version = ?1");
    assertThat(facts.tables()).containsExactly(new SqlTable("customer", "app", null, "c", false));
    assertThat(facts.columns()).containsExactly(new SqlColumn("c", "id"), new SqlColumn("c", "name"),
      new SqlColumn("c", "version"));
    assertThat(facts.tableDesignatedBy("c")).contains(new SqlTable("customer", "app", null, "c", false));
    assertThat(facts.tableDesignatedBy("customer")).as("a table with an alias is designated by its alias").isEmpty();
    assertThat(facts.columnsQualifiedBy("c")).hasSize(3);
    assertThat(facts.isPlainCrud()).isTrue();
  }

  @Test
  void catalog_schema_and_table() {
    assertThat(facts("select x from shop.app.customer").tables())
      .containsExactly(new SqlTable("customer", "app", "shop", null, false));
  }

  @Test
  void quoted_identifiers_are_unquoted_and_lower_case() {
    SqlStatementFacts facts = facts("select \"Customer\".\"Email\" from \"Customer\" join `customer_note` n on n.id = \"Customer\".id");
    assertThat(facts.tables()).containsExactly(read("customer"), new SqlTable("customer_note", null, null, "n", false));
    assertThat(facts.columns()).containsExactly(new SqlColumn("customer", "email"), new SqlColumn("n", "id"),
      new SqlColumn("customer", "id"));
    assertThat(facts.tableDesignatedBy("customer")).contains(read("customer"));
  }

  @Test
  void sql_server_brackets_are_read_on_a_second_try() {
    assertThat(facts("select [Name] from [dbo].[Customer]").tables())
      .containsExactly(new SqlTable("customer", "dbo", null, null, false));
  }

  @Test
  void subqueries_add_their_tables_and_columns() {
    SqlStatementFacts facts = facts("select a.x from a where a.id in (select b.a_id from b where b.y = ?) "
      + "and exists (select 1 from c where c.a = a.id) and a.z > any (select d.z from d)");
    assertThat(facts.tableNames()).containsExactly("a", "b", "c", "d");
    assertThat(facts.columns()).containsExactly(new SqlColumn("a", "x"), new SqlColumn("a", "id"),
      new SqlColumn("b", "a_id"), new SqlColumn("b", "y"), new SqlColumn("c", "a"), new SqlColumn("a", "z"),
      new SqlColumn("d", "z"));
    assertThat(facts.notPlainCrud()).isEmpty();
  }

  @Test
  void derived_tables_are_not_tables() {
    SqlStatementFacts facts = facts("select t.total from (select sum(amount) total from payment) t");
    assertThat(facts.tables()).containsExactly(read("payment"));
  }

  @Test
  void recursive_cte_names_are_not_tables() {
    SqlStatementFacts facts = facts("""
      with recursive tree(id, parent_id) as (
        select id, parent_id from category where id = ?
        union all
        select c.id, c.parent_id from category c join tree t on c.parent_id = t.id)
      select id from tree""");
    assertThat(facts.kind()).isEqualTo(Kind.SELECT);
    assertThat(facts.tables()).containsExactly(read("category"), new SqlTable("category", null, null, "c", false));
    assertThat(facts.notPlainCrud()).contains("a common table expression");
    assertThat(facts.isPlainCrud()).isFalse();
  }

  @Test
  void window_function() {
    SqlStatementFacts facts = facts("select id, row_number() over (partition by customer_id order by created) from orders");
    assertThat(facts.notPlainCrud()).contains("a window function");
    assertThat(facts.columns()).extracting(SqlColumn::name).containsExactly("id", "customer_id", "created");
  }

  @Test
  void locking_clauses() {
    assertThat(facts("select * from job where state = 'NEW' order by id for update skip locked").notPlainCrud())
      .contains("a locking clause");
    assertThat(facts("select * from job where id = ? for update nowait").notPlainCrud()).contains("a locking clause");
    assertThat(facts("select * from job where id = ? for share").notPlainCrud()).contains("a locking clause");
  }

  @Test
  void ddl_and_other_statements() {
    assertThat(facts("create table audit (id bigint primary key)").notPlainCrud()).contains("DDL");
    assertThat(facts("alter table audit add column note varchar(100)").notPlainCrud()).contains("DDL");
    assertThat(facts("drop table audit").notPlainCrud()).contains("DDL");
    SqlStatementFacts truncate = facts("truncate table audit");
    assertThat(truncate.kind()).isEqualTo(Kind.OTHER);
    assertThat(truncate.notPlainCrud()).contains("DDL");
    SqlStatementFacts call = facts("call archive_orders(?)");
    assertThat(call.kind()).isEqualTo(Kind.OTHER);
    assertThat(call.notPlainCrud()).contains("a stored procedure call");
    assertThat(facts("set search_path = app").notPlainCrud()).contains("a statement other than SELECT, INSERT, UPDATE or DELETE");
    assertThat(facts("set search_path = app").isPlainCrud()).isFalse();
  }

  @Test
  void upserts() {
    SqlStatementFacts onConflict = facts("insert into t (a, b) values (?, ?) on conflict do nothing");
    assertThat(onConflict.kind()).isEqualTo(Kind.INSERT);
    assertThat(onConflict.tables()).containsExactly(written("t"));
    assertThat(onConflict.columns()).containsExactly(new SqlColumn(null, "a"), new SqlColumn(null, "b"));
    assertThat(onConflict.notPlainCrud()).contains("an upsert");
    assertThat(facts("insert into t (a, b) values (?, ?) on duplicate key update b = values(b)").notPlainCrud())
      .contains("an upsert");
    assertThat(facts("insert ignore into t (a) values (?)").notPlainCrud()).contains("an upsert");

    SqlStatementFacts merge = facts("merge into stock s using delivery d on (s.item = d.item) "
      + "when matched then update set s.qty = s.qty + d.qty when not matched then insert (item, qty) values (d.item, d.qty)");
    assertThat(merge.kind()).isEqualTo(Kind.OTHER);
    assertThat(merge.tables()).containsExactly(new SqlTable("stock", null, null, "s", true),
      new SqlTable("delivery", null, null, "d", false));
    assertThat(merge.notPlainCrud()).contains("an upsert");
  }

  @Test
  void vendor_specific_syntax() {
    String vendor = "vendor-specific syntax";
    assertThat(facts("select group_concat(name SEPARATOR ',') from tag group by post_id").notPlainCrud()).contains(vendor);
    assertThat(facts("select id::text from t").notPlainCrud()).contains(vendor);
    assertThat(facts("select cast(id as varchar(10)) from t").notPlainCrud()).isEmpty();
    assertThat(facts("select id from t where json_contains(attrs, ?)").notPlainCrud()).contains(vendor);
    assertThat(facts("select nvl(name, 'x'), to_char(created, 'YYYY') from t").notPlainCrud()).contains(vendor);
    assertThat(facts("select upper(name), count(*), coalesce(a, b) from t group by name").notPlainCrud()).isEmpty();
    assertThat(facts("select id, parent from emp start with parent is null connect by prior id = parent").notPlainCrud())
      .contains(vendor);
    assertThat(facts("select /*+ INDEX(t t_idx) */ id from t").notPlainCrud()).contains(vendor);
    assertThat(facts("update t set a = 1 where id = ? returning a").notPlainCrud()).contains(vendor);
    assertThat(facts("delete from t where a = 1 limit 10").notPlainCrud()).contains(vendor);
    assertThat(facts("select top 10 id from t").notPlainCrud()).contains(vendor);
    assertThat(facts("select a.x from a, b where a.id = b.id(+)").notPlainCrud()).contains(vendor);
    assertThat(facts("select x from t where x ilike ?").notPlainCrud()).contains(vendor);
    assertThat(facts("select data ->> 'name' from t").notPlainCrud()).contains(vendor);
    assertThat(facts("select x from t where x ~ ?").notPlainCrud()).contains(vendor);
    assertThat(facts("select x from t qualify row_number() over (partition by y order by z) = 1").notPlainCrud())
      .contains(vendor);
    assertThat(facts("select x from t where x similar to ?").notPlainCrud()).isEmpty();
    assertThat(facts("select x from t order by x limit ? offset ?").notPlainCrud()).as("paging is plain").isEmpty();
  }

  @Test
  void bulk_statements_across_tables() {
    String bulk = "a bulk statement across several tables";
    SqlStatementFacts using = facts("delete from a using b where a.id = b.id");
    assertThat(using.kind()).isEqualTo(Kind.DELETE);
    assertThat(using.tables()).containsExactly(written("a"), read("b"));
    assertThat(using.notPlainCrud()).contains(bulk);

    SqlStatementFacts join = facts("update a join b on a.id = b.id set a.x = b.x");
    assertThat(join.tables()).containsExactly(written("a"), read("b"));
    assertThat(join.notPlainCrud()).contains(bulk);
    assertThat(facts("update a set x = b.x from b where a.id = b.id").notPlainCrud()).contains(bulk);

    SqlStatementFacts twoTargets = facts("delete a, b from a join b on a.id = b.a_id");
    assertThat(twoTargets.tables()).containsExactly(written("a"), written("b"));
    assertThat(twoTargets.notPlainCrud()).contains(bulk);

    SqlStatementFacts aliasTarget = facts("delete t1 from task t1 join run r on r.task_id = t1.id");
    assertThat(aliasTarget.tables()).containsExactly(new SqlTable("task", null, null, "t1", true),
      new SqlTable("run", null, null, "r", false));

    SqlStatementFacts copy = facts("insert into archive (id, total) select id, total from orders where closed = true");
    assertThat(copy.tables()).containsExactly(written("archive"), read("orders"));
    assertThat(copy.notPlainCrud()).contains(bulk);
    assertThat(facts("insert into t (a) select ? from dual").notPlainCrud()).as("DUAL is no table").isEmpty();
  }

  @Test
  void set_operations() {
    SqlStatementFacts facts = facts("select a from t union select b from u");
    assertThat(facts.tableNames()).containsExactly("t", "u");
    assertThat(facts.notPlainCrud()).contains("a set operation");
    assertThat(facts("select a from t intersect select a from u").notPlainCrud()).contains("a set operation");
  }

  @Test
  void plain_crud_statements() {
    SqlStatementFacts update = facts("update customer set email = null, version = version + 1 where id = ? and version = ?");
    assertThat(update.kind()).isEqualTo(Kind.UPDATE);
    assertThat(update.tables()).containsExactly(written("customer"));
    assertThat(update.writtenTables()).containsExactly(written("customer"));
    assertThat(update.columns()).extracting(SqlColumn::name).containsExactly("email", "version", "id");
    assertThat(update.isPlainCrud()).isTrue();

    SqlStatementFacts delete = facts("delete from customer where id in (select customer_id from closed_account)");
    assertThat(delete.kind()).isEqualTo(Kind.DELETE);
    assertThat(delete.tables()).containsExactly(written("customer"), read("closed_account"));
    assertThat(delete.isPlainCrud()).isTrue();

    SqlStatementFacts insert = facts("insert into customer (id, email) values (?, ?)");
    assertThat(insert.kind()).isEqualTo(Kind.INSERT);
    assertThat(insert.isPlainCrud()).isTrue();
  }

  @Test
  void a_table_read_and_written_is_listed_once_as_written() {
    assertThat(facts("delete from task where id in (select id from task where done = true)").tables())
      .containsExactly(written("task"));
  }

  @Test
  void the_first_feature_met_is_reported() {
    assertThat(facts("with x as (select * from t) select a, rank() over (order by a) from x union select 1, 2 from u")
      .notPlainCrud()).contains("a common table expression");
    assertThat(facts("select a, rank() over (order by a) from t for update").notPlainCrud()).contains("a window function");
  }

  @Test
  void long_conditions_do_not_exhaust_the_stack() {
    String sql = "select a from t where " + "a = ? and ".repeat(1500) + "b = 1";
    assertThat(facts(sql).columns()).containsExactly(new SqlColumn(null, "a"), new SqlColumn(null, "b"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "",
    "   ",
    "hello world",
    "select",
    "select a from",
    "select a from t where (a = 1",
    "select 1; drop table customer",
    "from Allergy a where a.allergyId = :allergyId",
    "from Allergy",
    "select new com.x.Dto(c.id, c.name) from Customer c",
    "'unterminated",
    "select a from t where b = 'x",
    "))))((((",
  })
  void not_one_statement(String text) {
    assertThat(SqlStatements.parse(text)).isEmpty();
  }

  @Test
  void huge_or_deeply_nested_texts_are_not_read() {
    assertThat(SqlStatements.parse("select " + "a, ".repeat(33_000) + "b from t")).isEmpty();
    assertThat(SqlStatements.parse("select " + "(".repeat(60) + "1" + ")".repeat(60) + " from t")).isEmpty();
  }

  @Test
  void exponential_lookahead_is_cut_by_the_budget() {
    // JSqlParser needs minutes for 15 nested IN subqueries; the budget ends the parse.
    String sql = "select a from t where x in " + "(select a from t where x in ".repeat(15) + "(1)" + ")".repeat(15);
    long start = System.nanoTime();
    assertThat(SqlStatements.parse(sql, Duration.ofMillis(100))).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }
}
