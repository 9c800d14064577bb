package org.sonarreview.sql;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sonarreview.sql.JpqlStatementFacts.JpqlFeature;
import org.sonarreview.sql.JpqlStatementFacts.Kind;
import org.sonarreview.sql.JpqlStatementFacts.SqlFeature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class JpqlStatementsTest {

  private static JpqlStatementFacts facts(String jpql) {
    Optional<JpqlStatementFacts> facts = JpqlStatements.parse(jpql);
    assertThat(facts).as(jpql).isPresent();
    return facts.get();
  }

  /** A path written once in the text: its offsets are where that text is. */
  private static JpqlPath path(String jpql, String written, int depth) {
    int start = jpql.indexOf(written);
    assertThat(jpql.indexOf(written, start + 1)).as("%s is written once", written).isNegative();
    String[] names = written.split("\\.");
    return new JpqlPath(names[0].toLowerCase(), List.of(names).subList(1, names.length), start, start + written.length(), depth);
  }

  @Test
  void hql_short_form() {
    String jpql = "from Allergy a where a.allergyId = :allergyId";
    JpqlStatementFacts facts = facts(jpql);
    assertThat(facts.kind()).isEqualTo(Kind.SELECT);
    assertThat(facts.ranges()).containsExactly(new JpqlRange("Allergy", "a", 5, 0));
    assertThat(facts.joins()).isEmpty();
    assertThat(facts.paths()).containsExactly(path(jpql, "a.allergyId", 0));
    assertThat(facts.jpqlFeatures()).containsExactly(JpqlFeature.FROM_WITHOUT_SELECT);
    assertThat(facts.sqlFeatures()).isEmpty();
  }

  @Test
  void selected_range_alias_and_path_join() {
    String jpql = "select a from Allergy a join a.patient p where p.name = :n";
    JpqlStatementFacts facts = facts(jpql);
    assertThat(facts.ranges()).containsExactly(new JpqlRange("Allergy", "a", 14, 0));
    JpqlPath patient = path(jpql, "a.patient", 0);
    assertThat(facts.joins()).containsExactly(new JpqlJoin(JpqlJoin.Type.INNER, false, patient, "p"));
    assertThat(facts.paths()).containsExactly(patient, path(jpql, "p.name", 0));
    assertThat(facts.jpqlFeatures()).containsExactlyInAnyOrder(JpqlFeature.SELECTS_RANGE_ALIAS, JpqlFeature.PATH_JOIN);
    assertThat(facts.rangeEntityNames()).containsExactly("Allergy");
    assertThat(facts.aliases()).containsExactly("a", "p");
    assertThat(facts.pathsOn("P")).containsExactly(path(jpql, "p.name", 0));
    assertThat(facts.rangeOf("A")).contains(new JpqlRange("Allergy", "a", 14, 0));
    assertThat(facts.rangeOf("p")).isEmpty();
  }

  @Test
  void constructor_expression_class_is_no_path() {
    String jpql = "select new com.x.Dto(c.id, c.name) from Customer c";
    JpqlStatementFacts facts = facts(jpql);
    assertThat(facts.ranges()).containsExactly(new JpqlRange("Customer", "c", 40, 0));
    assertThat(facts.paths()).containsExactly(path(jpql, "c.id", 0), path(jpql, "c.name", 0));
    assertThat(facts.jpqlFeatures()).containsExactly(JpqlFeature.CONSTRUCTOR_EXPRESSION);
  }

  @Test
  void update_statement() {
    String jpql = "update Customer c set c.email = null where c.id = :id";
    JpqlStatementFacts facts = facts(jpql);
    assertThat(facts.kind()).isEqualTo(Kind.UPDATE);
    assertThat(facts.ranges()).containsExactly(new JpqlRange("Customer", "c", 7, 0));
    assertThat(facts.paths()).containsExactly(path(jpql, "c.email", 0), path(jpql, "c.id", 0));
    assertThat(facts.jpqlFeatures()).isEmpty();
    assertThat(facts.sqlFeatures()).isEmpty();
    assertThat(facts("update versioned Customer set name = :n where id = :id").ranges())
      .containsExactly(new JpqlRange("Customer", null, 17, 0));
  }

  @Test
  void delete_statement_and_enum_literals() {
    String jpql = "delete from Customer c where c.lastLogin < :cutoff and c.status = com.x.Status.INACTIVE";
    JpqlStatementFacts facts = facts(jpql);
    assertThat(facts.kind()).isEqualTo(Kind.DELETE);
    assertThat(facts.ranges()).containsExactly(new JpqlRange("Customer", "c", 12, 0));
    assertThat(facts.paths()).as("com is no variable").containsExactly(path(jpql, "c.lastLogin", 0), path(jpql, "c.status", 0));
    assertThat(facts("delete Customer where id = :id").ranges()).containsExactly(new JpqlRange("Customer", null, 7, 0));
  }

  @Test
  void insert_statement() {
    String jpql = "insert into Archive (id, name) select p.id, p.name from Person p";
    JpqlStatementFacts facts = facts(jpql);
    assertThat(facts.kind()).isEqualTo(Kind.INSERT);
    assertThat(facts.ranges()).extracting(JpqlRange::entityName, JpqlRange::alias)
      .containsExactly(tuple("Archive", null), tuple("Person", "p"));
    assertThat(facts.paths()).containsExactly(path(jpql, "p.id", 0), path(jpql, "p.name", 0));
  }

  @Test
  void subqueries_are_merged_with_their_depth() {
    String jpql = "select c from Customer c where c.id in (select o.customer.id from Order o where o.total > ?1) "
      + "and (select count(l) from c.lines l) > 2";
    JpqlStatementFacts facts = facts(jpql);
    assertThat(facts.ranges()).containsExactly(new JpqlRange("Customer", "c", 14, 0),
      new JpqlRange("Order", "o", jpql.indexOf("Order"), 1));
    JpqlPath lines = path(jpql, "c.lines", 1);
    assertThat(facts.joins()).containsExactly(new JpqlJoin(JpqlJoin.Type.INNER, false, lines, "l"));
    assertThat(facts.paths()).containsExactly(path(jpql, "c.id", 0), path(jpql, "o.customer.id", 1),
      path(jpql, "o.total", 1), lines);
    assertThat(facts.sqlFeatures()).as("?1 is JPQL").isEmpty();
  }

  @Test
  void join_fetch_member_of_is_empty() {
    String jpql = "SELECT DISTINCT o FROM Order o LEFT OUTER JOIN FETCH o.lines l INNER JOIN o.customer cu "
      + "WHERE :tag MEMBER OF o.tags AND o.lines IS NOT EMPTY";
    JpqlStatementFacts facts = facts(jpql);
    assertThat(facts.joins()).extracting(JpqlJoin::type, JpqlJoin::fetch, join -> join.path().attributePath(), JpqlJoin::alias)
      .containsExactly(tuple(JpqlJoin.Type.LEFT, true, "lines", "l"), tuple(JpqlJoin.Type.INNER, false, "customer", "cu"));
    assertThat(facts.jpqlFeatures()).containsExactlyInAnyOrder(JpqlFeature.SELECTS_RANGE_ALIAS, JpqlFeature.JOIN_FETCH,
      JpqlFeature.PATH_JOIN, JpqlFeature.MEMBER_OF, JpqlFeature.IS_EMPTY);
  }

  @Test
  void type_treat_and_map_functions() {
    assertThat(facts("select e from Employee e where type(e) = Manager and treat(e as Manager).budget > 100").jpqlFeatures())
      .containsExactlyInAnyOrder(JpqlFeature.SELECTS_RANGE_ALIAS, JpqlFeature.TYPE_FUNCTION, JpqlFeature.TREAT);
    assertThat(facts("select key(m), value(m) from Customer c join c.addresses m").jpqlFeatures())
      .containsExactlyInAnyOrder(JpqlFeature.MAP_FUNCTION, JpqlFeature.PATH_JOIN);
    String treatJoin = "select c from Customer c join treat(c.owner as Company) co where co.vat = :vat";
    assertThat(facts(treatJoin).joins()).containsExactly(
      new JpqlJoin(JpqlJoin.Type.INNER, false, path(treatJoin, "c.owner", 0), "co"));
  }

  @Test
  void entity_joins_and_collection_members() {
    String entityJoin = "select c from Customer c left join com.x.Order o on o.customerId = c.id";
    JpqlStatementFacts facts = facts(entityJoin);
    assertThat(facts.ranges()).extracting(JpqlRange::entityName, JpqlRange::alias)
      .containsExactly(tuple("Customer", "c"), tuple("com.x.Order", "o"));
    assertThat(facts.joins()).isEmpty();
    assertThat(facts.jpqlFeatures()).doesNotContain(JpqlFeature.PATH_JOIN);

    String member = "select c.name from com.x.Customer c, IN(c.orders) o where o.id = 1";
    JpqlStatementFacts members = facts(member);
    assertThat(members.ranges()).containsExactly(new JpqlRange("com.x.Customer", "c", 19, 0));
    assertThat(members.joins()).containsExactly(new JpqlJoin(JpqlJoin.Type.INNER, false, path(member, "c.orders", 0), "o"));
  }

  @Test
  void keywords_and_variables_ignore_case_names_do_not() {
    String jpql = "SELECT C FROM Customer AS C WHERE c.Name = 'O''Brien' ORDER BY C.id DESC";
    JpqlStatementFacts facts = facts(jpql);
    assertThat(facts.ranges()).containsExactly(new JpqlRange("Customer", "c", 14, 0));
    assertThat(facts.paths()).extracting(JpqlPath::qualifier, JpqlPath::attributePath)
      .containsExactly(tuple("c", "Name"), tuple("c", "id"));
    assertThat(facts.jpqlFeatures()).containsExactly(JpqlFeature.SELECTS_RANGE_ALIAS);
  }

  @Test
  void select_items_that_are_entities() {
    assertThat(facts("select object(c) from Customer c").jpqlFeatures()).containsExactly(JpqlFeature.SELECTS_RANGE_ALIAS);
    assertThat(facts("select c as customer from Customer c").jpqlFeatures()).containsExactly(JpqlFeature.SELECTS_RANGE_ALIAS);
    assertThat(facts("select name from Customer c").jpqlFeatures()).as("an attribute, not the variable").isEmpty();
  }

  @Test
  void hql_6_clauses() {
    String jpql = "select c.name, count(o) from Customer c left join c.orders o where left(c.name, 1) = 'A' "
      + "group by c.name having count(o) > 1 order by c.name limit 10 offset 5";
    JpqlStatementFacts facts = facts(jpql);
    assertThat(facts.joins()).hasSize(1);
    assertThat(facts.paths()).extracting(JpqlPath::attributePath).containsExactly("name", "orders", "name", "name", "name");
    assertThat(facts("select c from Customer c where c.id = 1 union select c from Customer c where c.id = 2").ranges())
      .hasSize(2);
    assertThat(facts("select o from Order o where extract(year from o.date) = 2020 and trim(leading ' ' from o.code) = 'x'")
      .paths()).extracting(JpqlPath::attributePath).containsExactly("date", "code");
  }

  @Test
  void sql_only_syntax() {
    JpqlStatementFacts star = facts("select * from customer where email is null");
    assertThat(star.sqlFeatures()).containsExactly(SqlFeature.SELECT_STAR);
    assertThat(star.ranges()).containsExactly(new JpqlRange("customer", null, 14, 0));
    assertThat(star.jpqlFeatures()).isEmpty();
    assertThat(facts("select t.* from customer t where t.id = ?").sqlFeatures())
      .containsExactlyInAnyOrder(SqlFeature.QUALIFIED_STAR, SqlFeature.UNNUMBERED_PARAMETER);
    assertThat(facts("select count(*) from Customer c").sqlFeatures()).as("count(*) is HQL").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "",
    "hello world",
    "select c from Customer c where (c.id = 1",
    "select c from Customer c where c.id = 1)",
    "select id::text from t",
    "select a from t; drop table t",
    "select c from Customer c join (select x from X x) y",
    "select c from \"Customer\" c",
    "select c from `customer` c",
    "select c from Customer c -- comment",
    "select c from Customer c where c.name = 'unterminated",
    "select from Customer c",
    "select c",
    "insert into t (a, b) values (?, ?) on conflict do nothing; select 1",
    "with x as (select 1) select * from x",
    "call archive(?)",
  })
  void unreadable_texts(String text) {
    assertThat(JpqlStatements.parse(text)).isEmpty();
  }

  @Test
  void huge_texts_are_not_read() {
    assertThat(JpqlStatements.parse("select c from Customer c where " + "c.a = 1 and ".repeat(10_000) + "c.b = 2")).isEmpty();
    assertThat(JpqlStatements.parse("select c from Customer c where c.id in " + "(select c from Customer c where c.id in ".repeat(30)
      + "(1)" + ")".repeat(30))).as("subqueries nested too deep").isEmpty();
  }
}
