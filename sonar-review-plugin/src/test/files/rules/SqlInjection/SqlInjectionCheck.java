package com.acme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.jooq.DSLContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class Flagged {

  void jdbcConcatenation(Statement statement, String name) throws SQLException {
    statement.executeQuery("SELECT * FROM users WHERE name = '" + name + "'"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                   ^^^^@-2< {{Source: parameter 'name' of package-private method 'jdbcConcatenation'.}}
//                                                                ^^^^@-2< {{Concatenated into the SQL.}}
    statement.addBatch("DELETE FROM users WHERE name = '" + name + "'"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.addBatch'; use bind parameters.}}
//                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                   ^^^^@-6< {{Source: parameter 'name' of package-private method 'jdbcConcatenation'.}}
//                                                          ^^^^@-2< {{Concatenated into the SQL.}}
  }

  PreparedStatement format(Connection connection, String table, String column) throws SQLException {
    String sql = String.format("SELECT %s FROM %s", column, table);
    return connection.prepareStatement(sql); // Noncompliant {{Make sure the names built into this SQL for 'Connection.prepareStatement' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                                     ^^^
//                                                                     ^^^^^^@-3< {{Source: parameter 'column' of package-private method 'format'.}}
//                                                  ^^^^^^@-3< {{Formatted into the SQL as a name.}}
//         ^^^@-4< {{Assigned to 'sql'.}}
//                                                       ^^^^^@-6< {{Source: parameter 'table' of package-private method 'format'.}}
//                                                          ^^^^^@-6< {{Formatted into the SQL as a name.}}
  }

  String nativeSql(Connection connection, String where) throws SQLException {
    return connection.nativeSQL("SELECT 1 FROM dual WHERE ".concat(where)); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Connection.nativeSQL'; use bind parameters.}}
//                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                               ^^^^^@-2< {{Source: parameter 'where' of package-private method 'nativeSql'.}}
//                                                                 ^^^^^@-2< {{Concatenated into the SQL.}}
  }

  void localReassigned(Statement statement, String order, boolean descending) throws SQLException {
    String sql = "SELECT * FROM users";
    if (descending) {
      sql = sql + " ORDER BY " + order;
    }
    sql += " LIMIT 10";
    statement.execute(sql); // Noncompliant {{Make sure the names built into this SQL for 'Statement.execute' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                    ^^^
//                                                 ^^^^^@-7< {{Source: parameter 'order' of package-private method 'localReassigned'.}}
//                               ^^^^^@-5< {{Concatenated into the SQL as a name.}}
//    ^^^@-6< {{Assigned to 'sql'.}}
  }

  void compoundAssignment(Statement statement, String filter) throws SQLException {
    String sql = "SELECT * FROM users WHERE ";
    sql += filter;
    statement.executeUpdate(sql); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeUpdate'; use bind parameters.}}
//                          ^^^
//                                                    ^^^^^^@-4< {{Source: parameter 'filter' of package-private method 'compoundAssignment'.}}
//         ^^^^^^@-3< {{Concatenated into the SQL.}}
//  ^^^@-4< {{Assigned to 'sql'.}}
  }

  void jpa(EntityManager entityManager, String sort) {
    entityManager.createQuery("SELECT u FROM User u ORDER BY %s".formatted(sort)); // Noncompliant {{Make sure the names built into this SQL for 'EntityManager.createQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                             ^^^^@-2< {{Source: parameter 'sort' of package-private method 'jpa'.}}
//                                                                         ^^^^@-2< {{Formatted into the SQL as a name.}}
  }

  void javaxJpa(javax.persistence.EntityManager entityManager, String name) {
    entityManager.createNativeQuery("SELECT * FROM users WHERE name = '" + name + "'", Object.class); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'EntityManager.createNativeQuery'; use bind parameters.}}
//                                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                    ^^^^@-2< {{Source: parameter 'name' of package-private method 'javaxJpa'.}}
//                                                                         ^^^^@-2< {{Concatenated into the SQL.}}
  }

  void hibernateBuilder(Session session, String name, String city) {
    StringBuilder hql = new StringBuilder("from User u where 1 = 1");
    if (name != null) {
      hql.append(" and u.name = '").append(name).append("'");
    }
    hql.append(" and u.city = '" + city + "'");
    session.createQuery(hql.toString(), Object.class); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Session.createQuery'; use bind parameters.}}
//                      ^^^^^^^^^^^^^^
//                                              ^^^^@-7< {{Source: parameter 'name' of package-private method 'hibernateBuilder'.}}
//                                         ^^^^@-5< {{Appended to the SQL.}}
//                                                           ^^^^@-9< {{Source: parameter 'city' of package-private method 'hibernateBuilder'.}}
//                                 ^^^^@-5< {{Concatenated into the SQL.}}
    session.createMutationQuery("delete from User where name = " + name); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Session.createMutationQuery'; use bind parameters.}}
//                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                              ^^^^@-13< {{Source: parameter 'name' of package-private method 'hibernateBuilder'.}}
//                                                                 ^^^^@-2< {{Concatenated into the SQL.}}
    session.createNativeQuery(new StringBuffer().append("select * from ").append(city).toString(), Object.class); // Noncompliant {{Make sure the names built into this SQL for 'Session.createNativeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                           ^^^^@-17< {{Source: parameter 'city' of package-private method 'hibernateBuilder'.}}
//                                                                               ^^^^@-2< {{Appended to the SQL as a name.}}
  }

  void spring(JdbcTemplate jdbcTemplate, NamedParameterJdbcTemplate named, JdbcClient client, String table, String column) {
    jdbcTemplate.queryForList("SELECT * FROM " + table); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.queryForList' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                            ^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                                                   ^^^^^@-2< {{Source: parameter 'table' of package-private method 'spring'.}}
//                                               ^^^^^@-2< {{Concatenated into the SQL as a name.}}
    jdbcTemplate.update("DELETE FROM " + table); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.update' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                      ^^^^^^^^^^^^^^^^^^^^^^
//                                                                                                   ^^^^^@-6< {{Source: parameter 'table' of package-private method 'spring'.}}
//                                       ^^^^^@-2< {{Concatenated into the SQL as a name.}}
    jdbcTemplate.batchUpdate("DELETE FROM a", "DELETE FROM " + table); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.batchUpdate' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                                            ^^^^^^^^^^^^^^^^^^^^^^
//                                                                                                   ^^^^^@-10< {{Source: parameter 'table' of package-private method 'spring'.}}
//                                                             ^^^^^@-2< {{Concatenated into the SQL as a name.}}
    named.update("UPDATE " + table + " SET x = :x", Collections.emptyMap()); // Noncompliant {{Make sure the names built into this SQL for 'NamedParameterJdbcTemplate.update' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                                                   ^^^^^@-14< {{Source: parameter 'table' of package-private method 'spring'.}}
//                           ^^^^^@-2< {{Concatenated into the SQL as a name.}}
    client.sql("SELECT " + String.join(", ", column, "id") + " FROM t"); // Noncompliant {{Make sure the names built into this SQL for 'JdbcClient.sql' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                                                                 ^^^^^^@-18< {{Source: parameter 'column' of package-private method 'spring'.}}
//                                           ^^^^^^@-2< {{Joined into the SQL as a name.}}
  }

  void jooq(DSLContext dsl, List<String> columns) {
    dsl.fetch("SELECT " + String.join(", ", columns) + " FROM t"); // Noncompliant {{Make sure the names built into this SQL for 'DSLContext.fetch' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                       ^^^^^^^@-2< {{Source: parameter 'columns' of package-private method 'jooq'.}}
//                                          ^^^^^^^@-2< {{Joined into the SQL as a name.}}
    dsl.execute("DELETE FROM t WHERE c IN (" + String.join(",", columns) + ")"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'DSLContext.execute'; use bind parameters.}}
//              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                       ^^^^^^^@-6< {{Source: parameter 'columns' of package-private method 'jooq'.}}
//                                                              ^^^^^^^@-2< {{Joined into the SQL.}}
  }

  void loopVariable(Statement statement, List<String> columns) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT ");
    for (String column : columns) {
      sql.append(column).append(',');
    }
    statement.executeQuery(sql.toString()); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                         ^^^^^^^^^^^^^^
//                                                    ^^^^^^^@-6< {{Source: parameter 'columns' of package-private method 'loopVariable'.}}
//              ^^^^^^@-5< {{Each element assigned to 'column'.}}
//               ^^^^^^@-5< {{Appended to the SQL as a name.}}
  }

  void nonConstantChar(Statement statement, char quote) throws SQLException {
    statement.execute("SELECT " + quote + "x" + quote); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.execute'; use bind parameters.}}
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                               ^^^^^@-2< {{Source: parameter 'quote' of package-private method 'nonConstantChar'.}}
//                                ^^^^^@-2< {{Concatenated into the SQL as a name.}}
//                                              ^^^^^@-3< {{Concatenated into the SQL.}}
  }

  void callResult(Statement statement) throws SQLException {
    statement.execute("SELECT * FROM " + System.getProperty("table")); // Noncompliant {{Make sure the names built into this SQL for 'Statement.execute' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{Source: value read from the environment by 'getProperty'.}}
//                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Concatenated into the SQL as a name.}}
  }

  List<?> hibernateFive(Session session, String name) {
    // Hibernate 5's createSQLQuery against Hibernate 6: the session resolves, the method does not
    return session.createSQLQuery("SELECT * FROM users WHERE name = '" + name + "'").list(); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Session.createSQLQuery'; use bind parameters.}}
//                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                              ^^^^@-3< {{Source: parameter 'name' of package-private method 'hibernateFive'.}}
//                                                                       ^^^^@-2< {{Concatenated into the SQL.}}
  }
}

class PrivateField {
  private final String table;
  private String orderBy = "id";
  private final JdbcTemplate jdbcTemplate;

  PrivateField(String table, JdbcTemplate jdbcTemplate) {
    this.table = table;
    this.jdbcTemplate = jdbcTemplate;
  }

  void sortBy(String column) {
    orderBy = column;
  }

  List<?> all() {
    return jdbcTemplate.queryForList("SELECT * FROM " + table + " ORDER BY " + orderBy); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.queryForList' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                    ^^^^^@-11< {{Source: parameter 'table' of package-private constructor 'PrivateField'.}}
//  ^^^^^^^^^^@-11< {{Assigned to 'table'.}}
//                                                      ^^^^^@-3< {{Concatenated into the SQL as a name.}}
//                   ^^^^^^@-9< {{Source: parameter 'column' of package-private method 'sortBy'.}}
//  ^^^^^^^@-9< {{Assigned to 'orderBy'.}}
//                                                                             ^^^^^^^@-6< {{Concatenated into the SQL as a name.}}
  }
}

enum Direction { ASC, DESC }

class LeftAlone {
  private static final String TABLE = "users";
  private static final String SELECT = "SELECT * FROM " + TABLE;
  private static final String CONFIGURED = System.getProperty("schema", "public");
  private final String fixedColumns = "id, name";

  void constants(Statement statement) throws SQLException {
    statement.executeQuery("SELECT * FROM users"); // literal
    statement.executeQuery(SELECT + " WHERE id = 1"); // static final constants and their concatenation
    statement.executeQuery("SELECT * FROM " + CONFIGURED + ".users"); // static final field
    statement.executeQuery("SELECT " + fixedColumns + " FROM users"); // private field assigned only constants
    String local = "SELECT * FROM " + TABLE;
    statement.executeQuery(local + " ORDER BY id"); // local built from constants
    statement.executeQuery(tableQuery()); // private method returning a constant
    statement.executeQuery("SELECT * FROM " + tableName()); // private method returning a constant
  }

  private String tableQuery() {
    return "SELECT * FROM users";
  }

  private String tableName() {
    return TABLE;
  }

  void safeTypes(Statement statement, int id, long limit, Integer page, boolean active, Boolean flag, Direction direction,
    UUID uuid, LocalDate day) throws SQLException {
    statement.executeQuery("SELECT * FROM users WHERE id = " + id + " LIMIT " + limit + " OFFSET " + page); // numeric
    statement.executeQuery("SELECT * FROM users WHERE active = " + active + " AND f = " + flag); // boolean
    statement.executeQuery("SELECT * FROM users ORDER BY name " + direction); // enum
    statement.executeQuery("SELECT * FROM users ORDER BY name " + direction.name().toLowerCase()); // enum name
    statement.executeQuery(String.format("SELECT * FROM users WHERE id = %d", id)); // numeric format argument
    statement.executeQuery("SELECT * FROM users WHERE u = '" + uuid + "' AND d = '" + day + "'"); // UUID and date
  }

  void placeholders(Connection connection, List<Long> ids) throws SQLException {
    connection.prepareStatement("SELECT * FROM users WHERE id IN (" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")");
    connection.prepareStatement("SELECT * FROM users WHERE id IN (" + ids.stream().map(id -> "?").collect(Collectors.joining(",")) + ")");
    connection.prepareStatement("SELECT * FROM users WHERE id IN (" + Stream.generate(() -> "?").limit(ids.size()).collect(Collectors.joining(", ")) + ")");
    connection.prepareStatement("SELECT * FROM users WHERE id IN (" + IntStream.range(0, ids.size()).mapToObj(i -> "?").collect(Collectors.joining(",")) + ")");
    String marks = "?,".repeat(ids.size() - 1) + "?";
    connection.prepareStatement("SELECT * FROM users WHERE id IN (" + marks + ")");
  }

  void notBuilt(Statement statement, JdbcTemplate jdbcTemplate, String sql) throws SQLException {
    statement.executeQuery(sql); // a parameter passed on unchanged: not built here
    String copy = sql;
    jdbcTemplate.queryForList(copy.trim()); // still not built
  }

  void entityNames(EntityManager entityManager, Class<?> entityClass) {
    entityManager.createQuery("SELECT e FROM " + entityClass.getSimpleName() + " e"); // class names
    entityManager.createQuery("SELECT e FROM " + LeftAlone.class.getName() + " e");
  }

  void criteria(EntityManager entityManager, CriteriaQuery<Object> criteria) {
    entityManager.createQuery(criteria); // no SQL text
  }

  void bindParameters(Connection connection, String name) throws SQLException {
    PreparedStatement statement = connection.prepareStatement("SELECT * FROM users WHERE name = ?");
    statement.setString(1, name);
    ResultSet resultSet = statement.executeQuery(); // no SQL text
  }

  void notSql(String name) {
    String message = "Hello " + name;
    System.out.println(message);
  }
}

sealed interface Filter permits ByName, ById {}
record ByName(String name) implements Filter {}
record ById(long id) implements Filter {}

record Java21(JdbcTemplate jdbcTemplate) {

  List<?> find(Filter filter) {
    String where = switch (filter) {
      case ByName byName -> "name = '" + byName.name() + "'";
      case ById byId -> "id = " + byId.id();
    };
    return jdbcTemplate.queryForList("SELECT * FROM users WHERE " + where); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'JdbcTemplate.queryForList'; use bind parameters.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                       ^^^^^^^^^^^^^@-4< {{Source: value returned by 'ByName.name', a method of another class.}}
//                                       ^^^^^^^^^^^^^@-5< {{Concatenated into the SQL.}}
//         ^^^^^@-7< {{Assigned to 'where'.}}
  }

  List<?> sorted(Direction direction, String column) {
    String order = switch (direction) {
      case ASC -> "ASC";
      case DESC -> "DESC";
    };
    jdbcTemplate.queryForList("SELECT * FROM users ORDER BY name " + order); // switch yielding constants
    String textBlock = """
      SELECT *
      FROM users
      """;
    jdbcTemplate.queryForList(textBlock); // constant text block
    String template = """
      SELECT * FROM users ORDER BY %s
      """;
    return jdbcTemplate.queryForList(template.formatted(column)); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.queryForList' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                           ^^^^^^@-15< {{Source: parameter 'column' of package-private method 'sorted'.}}
//                                                      ^^^^^^@-2< {{Formatted into the SQL as a name.}}
  }

  @SuppressWarnings("review:SqlInjection")
  List<?> suppressed(String table) {
    return jdbcTemplate.queryForList("SELECT * FROM " + table);
  }
}
