package com.acme;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import liquibase.database.Database;
import org.apache.commons.lang3.StringUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xml.sax.Attributes;

/** SQL that can carry outside input: reported, with the way from the source to the SQL. */
public class OutsideInput {

  private static final Map<String, String> SORT_COLUMNS = Map.of("created", "created_at", "name", "display_name");

  private final JdbcTemplate jdbcTemplate;
  private final EntityManager entityManager;
  protected String defaultSchema = "";
  @Value("${app.schemas}")
  private String[] schemas;

  public OutsideInput(JdbcTemplate jdbcTemplate, EntityManager entityManager) {
    this.jdbcTemplate = jdbcTemplate;
    this.entityManager = entityManager;
  }

  public ResultSet findByName(Statement statement, String name) throws SQLException {
    return statement.executeQuery("select id from customer where name = '" + name + "'"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
//                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                        ^^^^@-2< {{Source: parameter 'name' of public method 'findByName'.}}
//                                                                           ^^^^@-2< {{Concatenated into the SQL.}}
  }

  public List<?> findAllSortedBy(String sortColumn) {
    String sql = "SELECT * FROM customer ORDER BY " + sortColumn;
    return jdbcTemplate.queryForList(sql); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.queryForList' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                                   ^^^
//                                      ^^^^^^^^^^@-3< {{Source: parameter 'sortColumn' of public method 'findAllSortedBy'.}}
//                                                    ^^^^^^^^^^@-3< {{Concatenated into the SQL as a name.}}
//         ^^^@-4< {{Assigned to 'sql'.}}
  }

  public void dropOlderThan(String table, long before) {
    dropPartition(table, before);
  }

  private void dropPartition(String table, long start) {
    String partition = table + "_" + start;
    jdbcTemplate.execute("DROP TABLE " + partition); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.execute' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                       ^^^^^^^^^^^^^^^^^^^^^^^^^
//                                 ^^^^^@-7< {{Source: parameter 'table' of public method 'dropOlderThan'.}}
//                ^^^^^@-7< {{Passed as 'table' to 'dropPartition'.}}
//                     ^^^^^@-4< {{Concatenated into the SQL as a name.}}
//         ^^^^^^^^^@-5< {{Assigned to 'partition'.}}
  }

  protected void insertRow(String element, Attributes attributes) {
    StringBuilder insert = new StringBuilder("INSERT INTO rows (");
    for (int i = 0; i < attributes.getLength(); i++) {
      insert.append(attributes.getQName(i)).append(',');
    }
    jdbcTemplate.update(insert.append(") VALUES (?)").toString(), element); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'JdbcTemplate.update'; use bind parameters.}}
//                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                  ^^^^^^^^^^^^^^^^^^^^^^@-3< {{Source: value returned by 'Attributes.getQName', a method of another class.}}
//                  ^^^^^^^^^^^^^^^^^^^^^^@-4< {{Appended to the SQL.}}
  }

  public List<?> search(Criteria criteria) {
    return entityManager.createQuery("select c from Customer c order by c." + criteria.getOrderBy()).getResultList(); // Noncompliant {{Make sure the names built into this SQL for 'EntityManager.createQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                              ^^^^^^^@+168< {{Source: parameter 'orderBy' of public method 'setOrderBy'.}}
//  ^^^^^^^^^^^^@+168< {{Assigned to 'orderBy'.}}
//         ^^^^^^^@+171< {{Returned by 'getOrderBy'.}}
//                                                                            ^^^^^^^^^^^^^^^^^^^^^@-4< {{Concatenated into the SQL as a name.}}
  }

  public List<?> page(Pageable pageable) {
    StringBuilder jpql = new StringBuilder("select c from Customer c order by ");
    for (Sort.Order order : pageable.getSort()) {
      jpql.append(order.getProperty());
    }
    return entityManager.createQuery(jpql.toString()).getResultList(); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'EntityManager.createQuery'; use bind parameters.}}
//                                   ^^^^^^^^^^^^^^^
//                ^^^^^^^^^^^^^^^^^^^@-3< {{Source: value returned by 'Order.getProperty', a method of another class.}}
//                ^^^^^^^^^^^^^^^^^^^@-4< {{Appended to the SQL.}}
  }

  public List<?> sortedBy(String sortKey) {
    return jdbcTemplate.queryForList("SELECT * FROM customer ORDER BY " + SORT_COLUMNS.getOrDefault(sortKey, sortKey)); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.queryForList' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                               ^^^^^^^@-2< {{Source: parameter 'sortKey' of public method 'sortedBy'.}}
//                                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Concatenated into the SQL as a name.}}
  }

  public void createSchemas(Statement statement) throws SQLException {
    for (String schema : schemas) {
      statement.execute("CREATE SCHEMA " + schema); // Noncompliant {{Make sure the names built into this SQL for 'Statement.execute' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                      ^^^^^^^^^^^^^^^^^^^^^^^^^
//                 ^^^^^^^@-78< {{Source: field 'schemas', injected by '@Value'.}}
//              ^^^^^^@-3< {{Each element assigned to 'schema'.}}
//                                         ^^^^^^@-3< {{Concatenated into the SQL as a name.}}
    }
  }

  public List<?> sequences() {
    return jdbcTemplate.queryForList("SELECT next_id FROM " + defaultSchema + ".sequences"); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.queryForList' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                 ^^^^^^^^^^^^^@-89< {{Source: field 'defaultSchema', which code outside the class can assign.}}
//                                                            ^^^^^^^^^^^^^@-2< {{Concatenated into the SQL as a name.}}
  }

  public void dropAll(Statement statement, DatabaseMetaData metaData) throws SQLException {
    ResultSet tables = metaData.getTables(null, null, "%", null);
    while (tables.next()) {
      statement.execute(String.format("DROP TABLE %s", tables.getString("TABLE_NAME"))); // Noncompliant {{Make sure the names built into this SQL for 'Statement.execute' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Source: value read from the database by 'getString'.}}
//                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Formatted into the SQL as a name.}}
    }
  }

  public List<?> secondOrder(long id) {
    String group = (String) entityManager.createNativeQuery("SELECT name FROM groups WHERE id = ?").setParameter(1, id).getSingleResult();
    return entityManager.createQuery("select u from User u where u.group = '" + group + "'").getResultList(); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'EntityManager.createQuery'; use bind parameters.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Source: value read from the database by 'getSingleResult'.}}
//         ^^^^^@-3< {{Assigned to 'group'.}}
//                                                                              ^^^^^@-3< {{Concatenated into the SQL.}}
  }

  public List<?> fromRequest(HttpServletRequest request) {
    return jdbcTemplate.queryForList("SELECT * FROM customer ORDER BY " + request.getParameter("sort")); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.queryForList' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Source: value read from the request by 'getParameter'.}}
//                                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Concatenated into the SQL as a name.}}
  }

  public void fromEnvironment(Statement statement) throws SQLException {
    statement.execute("SET search_path = '" + System.getenv("APP_SCHEMA") + "'"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.execute'; use bind parameters.}}
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Source: value read from the environment by 'getenv'.}}
//                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Concatenated into the SQL.}}
  }

  public void fromFile(Statement statement, Path file) throws SQLException, IOException {
    statement.execute("SET ROLE '" + Files.readString(file).trim() + "'"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.execute'; use bind parameters.}}
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                   ^^^^^^^^^^^^^^^^^^^^^^@-1< {{Source: value read from a file or stream by 'readString'.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^@-2< {{Concatenated into the SQL.}}
  }

  public List<?> sortedByProperties(List<Sort.Order> orders) {
    String orderBy = orders.stream().map(order -> order.getProperty() + " " + order.getDirection().name()).collect(Collectors.joining(", "));
    return jdbcTemplate.queryForList("SELECT * FROM customer ORDER BY " + orderBy); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.queryForList' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                ^^^^^^^^^^^^^^^^^^^@-2< {{Source: value returned by 'Order.getProperty', a method of another class.}}
//         ^^^^^^^@-3< {{Assigned to 'orderBy'.}}
//                                                                        ^^^^^^^@-3< {{Concatenated into the SQL as a name.}}
  }

  public List<?> qualified(List<String> columns) {
    return jdbcTemplate.queryForList("SELECT " + columns.stream().map(column -> "c." + column).collect(Collectors.joining(", ")) + " FROM customer c"); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.queryForList' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                      ^^^^^^^@-2< {{Source: parameter 'columns' of public method 'qualified'.}}
//                                                                    ^^^^^^@-2< {{Each element passed as 'column'.}}
//                                               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-3< {{Concatenated into the SQL as a name.}}
  }

  public List<?> filtered(String name, String city) {
    List<String> conditions = new ArrayList<>();
    if (name != null) {
      conditions.add("name = '" + name + "'");
    }
    conditions.add("active = 1");
    return jdbcTemplate.queryForList("SELECT * FROM customer WHERE " + String.join(" AND ", conditions)); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'JdbcTemplate.queryForList'; use bind parameters.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                               ^^^^@-7< {{Source: parameter 'name' of public method 'filtered'.}}
//                   ^^^^^^^^^^^^^^^^^^^^^^^@-5< {{Added to 'conditions'.}}
//                                                                                          ^^^^^^^^^^@-3< {{Joined into the SQL.}}
  }

  public List<?> filledElsewhere(String column) {
    List<String> where = new ArrayList<>();
    addCondition(where, column);
    return jdbcTemplate.queryForList("SELECT * FROM customer WHERE " + String.join(" AND ", where)); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'JdbcTemplate.queryForList'; use bind parameters.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                      ^^^^^^@-4< {{Source: parameter 'column' of public method 'filledElsewhere'.}}
//                      ^^^^^^@-3< {{Passed as 'column' to 'addCondition'.}}
//            ^^^^^^^^^^^^^^^@+7< {{Added to 'where'.}}
//               ^^^^^@-5< {{Filled by 'addCondition'.}}
//                                                                                          ^^^^^@-5< {{Joined into the SQL.}}
  }

  private void addCondition(List<String> where, String column) {
    where.add(column + " = ?");
  }

  public Query byFilter(String filter) {
    return new Query() {
      @Override
      protected String condition() {
        return "name = '" + filter + "'";
      }
    };
  }

  public void renameAll(List<String> names) {
    names.forEach(this::rename);
  }

  private void rename(String name) {
    jdbcTemplate.update("UPDATE customer SET name = '" + name + "'"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'JdbcTemplate.update'; use bind parameters.}}
//                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                           ^^^^@-2< {{Source: parameter 'name' of private method 'rename', used as a method reference.}}
//                                                       ^^^^@-2< {{Concatenated into the SQL.}}
  }

  public void longWay(Statement statement, String input) throws SQLException {
    String a = input;
    String b = a;
    String c = b;
    String d = c;
    String e = d;
    statement.execute("SELECT * FROM t WHERE x = '" + e + "'"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.execute'; use bind parameters.}}
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                ^^^^^@-7< {{Source: parameter 'input' of public method 'longWay'.}}
//         ^@-7< {{Assigned to 'a'.}}
//         ^@-7< {{Assigned to 'b'.}}
//         ^@-6< {{Assigned to 'd'.}}
//         ^@-6< {{Assigned to 'e'.}}
//                                                    ^@-6< {{Concatenated into the SQL.}}
  }
}

class Criteria {
  private String orderBy;

  public void setOrderBy(String orderBy) {
    this.orderBy = orderBy;
  }

  public String getOrderBy() {
    return orderBy;
  }
}

abstract class Query {
  private JdbcTemplate jdbcTemplate;

  protected abstract String condition();

  List<?> run() {
    return jdbcTemplate.queryForList("SELECT * FROM customer WHERE " + condition()); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'JdbcTemplate.queryForList'; use bind parameters.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                             ^^^^^^@-56< {{Source: parameter 'filter' of public method 'byFilter'.}}
//             ^^^^^^^^^^^^^^^^^^^^^^^^^@-53< {{Returned by 'condition'.}}
//                                                                     ^^^^^^^^^^^@-3< {{Concatenated into the SQL.}}
  }
}

record Search(JdbcTemplate jdbcTemplate, String table) {
  List<?> all() {
    return jdbcTemplate.queryForList("SELECT * FROM " + table); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.queryForList' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^
//                                                      ^^^^^@-1< {{Source: component 'table' of record 'Search'.}}
//                                                      ^^^^^@-2< {{Concatenated into the SQL as a name.}}
  }
}

/** Values whose every source is constant: left alone. */
class ConstantSources {

  private static final Map<String, String> SORT_COLUMNS = Map.of("created", "created_at", "name", "display_name");

  private final JdbcTemplate jdbcTemplate;
  private final EntityManager entityManager;
  private String table = "customer";

  ConstantSources(JdbcTemplate jdbcTemplate, EntityManager entityManager) {
    this.jdbcTemplate = jdbcTemplate;
    this.entityManager = entityManager;
  }

  void seed() {
    findRole("admin");
    findRole("user");
    useArchive();
  }

  private Object findRole(String role) {
    return entityManager.createQuery(String.format("from Role where name = '%s'", role)).getSingleResult();
  }

  private void useArchive() {
    table = "customer_archive";
  }

  List<?> current() {
    return jdbcTemplate.queryForList("SELECT * FROM " + table);
  }

  int touch(List<String> controllerIds, long now) {
    Map<String, String> parameters = new HashMap<>();
    for (int i = 0; i < controllerIds.size(); i++) {
      parameters.put("cid" + i, controllerIds.get(i));
    }
    return entityManager.createNativeQuery("UPDATE target SET last_seen = :now WHERE controller_id IN (" + placeholders(parameters.keySet()) + ")")
      .executeUpdate();
  }

  private static String placeholders(Iterable<String> names) {
    return ":" + String.join(",:", names);
  }

  List<?> byResources(List<String> resources, List<Object> parameters) {
    String where = resources.stream().map(resource -> {
      parameters.add(resource);
      return "resource_id = ?" + parameters.size();
    }).collect(Collectors.joining(" OR "));
    return entityManager.createNativeQuery("SELECT * FROM task WHERE " + where).getResultList();
  }

  List<?> byIds(List<Long> ids, List<Integer> codes) {
    jdbcTemplate.queryForList("SELECT * FROM customer WHERE id IN (" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
    return jdbcTemplate.queryForList("SELECT * FROM customer WHERE code IN (" + StringUtils.join(codes, ",") + ")");
  }

  List<?> byClasses(List<String> keys) {
    StringBuilder jpql = new StringBuilder("SELECT e FROM Schema e WHERE ");
    List<String> clauses = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      clauses.add("e.typeClass.id = ?" + (i + 1));
    }
    jpql.append(String.join(" OR ", clauses));
    return entityManager.createQuery(jpql.toString()).getResultList();
  }

  List<?> active(boolean hideObsolete) {
    return entityManager.createQuery("select p from Project p " + statusFilter(hideObsolete)).getResultList();
  }

  private String statusFilter(boolean hideObsolete) {
    StringBuilder condition = new StringBuilder("where p.private = false ");
    if (hideObsolete) {
      condition.append("and p.status <> '").append(Status.OBSOLETE.getInitial()).append("' ");
    }
    return condition.toString();
  }

  List<?> perDay() {
    return entityManager.createNativeQuery("SELECT " + stripTime("lastChanged") + ", count(*) FROM history GROUP BY 1").getResultList();
  }

  protected String stripTime(String column) {
    return "date(" + column + ")";
  }

  List<?> withEntityName(Class<?> type, Field idField) {
    jakarta.persistence.Table mapping = type.getAnnotation(jakarta.persistence.Table.class);
    return jdbcTemplate.queryForList("SELECT max(" + idField.getName() + ") FROM " + mapping.name());
  }

  List<?> withLiquibase(Database database) {
    return jdbcTemplate.queryForList("SELECT * FROM " + database.escapeObjectName("REALM", liquibase.structure.core.Table.class));
  }

  protected List<?> page(String findQuery, int pageSize, long offset) {
    return jdbcTemplate.queryForList(String.format(findQuery, pageSize, offset));
  }

  List<?> sortedBy(String sortKey, Status status) {
    return jdbcTemplate.queryForList("SELECT * FROM customer WHERE status = '" + status.label() + "' ORDER BY " + SORT_COLUMNS.get(sortKey));
  }

  private List<?> unused(String table) {
    return jdbcTemplate.queryForList("SELECT * FROM " + table);
  }

  List<?> nested() {
    return jdbcTemplate.queryForList("SELECT * FROM " + qualified("customer", 2) + " WHERE " + ping("a = 1", 3));
  }

  private String qualified(String name, int levels) {
    return levels == 0 ? name : qualified("archive_" + name, levels - 1);
  }

  private String ping(String condition, int times) {
    return times == 0 ? condition : pong(condition, times - 1);
  }

  private String pong(String condition, int times) {
    return ping("(" + condition + ")", times);
  }
}

abstract class BaseQuery {
  private EntityManager entityManager;

  protected abstract String baseConditions();

  List<?> build() {
    String jpql = "select a from Assignment a ";
    jpql += baseConditions();
    return entityManager.createQuery(jpql).getResultList();
  }

  static BaseQuery byResource() {
    return new BaseQuery() {
      @Override
      protected String baseConditions() {
        return "where a.resource in (:resources)";
      }
    };
  }
}

class AllAssignments extends BaseQuery {
  @Override
  protected String baseConditions() {
    return "";
  }
}

enum Status {
  ACTIVE('A', "active"), OBSOLETE('O', "obsolete");

  private final char initial;
  private final String label;

  Status(char initial, String label) {
    this.initial = initial;
    this.label = label;
  }

  char getInitial() {
    return initial;
  }

  String label() {
    return label;
  }
}
