package com.acme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.SingularAttribute;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import liquibase.database.Database;
import liquibase.structure.core.Column;
import org.hibernate.dialect.Dialect;
import org.springframework.jdbc.core.JdbcTemplate;

/** Names (tables, columns, aliases, SQL from metadata) built into SQL: reported, with advice that fits names. */
class Names {

  void byPosition(Statement statement, String target, String schema, String field) throws SQLException {
    statement.executeUpdate("DELETE FROM " + target); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeUpdate' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                          ^^^^^^^^^^^^^^^^^^^^^^^
//                                           ^^^^^^@-1< {{Name built into the SQL.}}
    statement.executeQuery("SELECT * FROM " + schema + ".users"); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
    statement.executeQuery("SELECT \"" + field + "\" FROM users"); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
    statement.executeQuery("SELECT u." + field + " FROM users u"); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
    statement.executeQuery(String.format("SELECT t.id FROM %1$s t JOIN %2$s s ON s.id = t.id", target, schema)); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
    statement.executeQuery(new StringBuilder("SELECT * FROM users ORDER BY ").append(field).toString()); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
  }

  void formatIndexes(Statement statement, String value, String name) throws SQLException {
    // `%<s` takes the previous argument again: here a quoted value, so the bind-parameter advice applies.
    statement.executeQuery(String.format("SELECT * FROM users WHERE first = '%s' OR last = '%<s'", name)); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
    // An index no format string could use: the position is unknown, the part is judged without it, no exception.
    statement.executeQuery(String.format("SELECT * FROM t WHERE a = %99999999999$s", value)); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
  }

  void byName(Statement statement, String tablePrefix, String idColumn, List<String> columns) throws SQLException {
    statement.executeQuery("SELECT " + idColumn + " FROM t"); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
    statement.executeQuery("TRUNCATE " + tablePrefix + "JOB"); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
    String tableName = lookup(tablePrefix);
    statement.execute("TRUNCATE " + tableName); // Noncompliant {{Make sure the names built into this SQL for 'Statement.execute' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                    ^^^^^^^^^^^^^^^^^^^^^^^
//                     ^^^^^^^^^^^^^^^^^^^@-2< {{Name built into the SQL.}}
    statement.execute("SELECT MAX(" + getColumnName() + ") FROM t"); // Noncompliant {{Make sure the names built into this SQL for 'Statement.execute' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
  }

  void fromMetadata(Connection connection, Database database, Dialect dialect, String sequence) throws SQLException {
    String column = database.correctObjectName("CLIENT_ID", Column.class);
    connection.prepareStatement("SELECT count(*) FROM t WHERE t.deleted = 0 GROUP BY " + column); // Noncompliant {{Make sure the names built into this SQL for 'Connection.prepareStatement' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
    connection.prepareStatement(dialect.getSequenceSupport().getSelectSequenceNextValString(sequence)); // not built here
    connection.prepareStatement("SELECT x, " + dialect.getSequenceSupport().getSelectSequenceNextValString(sequence) + " y"); // Noncompliant {{Make sure the names built into this SQL for 'Connection.prepareStatement' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
  }

  void metamodel(EntityManager entityManager, String entityName, SingularAttribute<?, ?> id) {
    entityManager.createQuery(String.format("delete from %s x where x.%s in :ids", entityName, id.getName())); // Noncompliant {{Make sure the names built into this SQL for 'EntityManager.createQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
  }

  void alias(EntityManager entityManager, String query, String alias, List<Long> ids) {
    StringBuilder builder = new StringBuilder("select e from Entity e where");
    for (int i = 1; i <= ids.size(); i++) {
      builder.append(String.format(" %s = ?%d", alias, i));
    }
    entityManager.createQuery(builder.toString()); // Noncompliant {{Make sure the names built into this SQL for 'EntityManager.createQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
  }

  private String lookup(String prefix) {
    return prefix.toUpperCase() + System.getProperty("suffix");
  }

  public String getColumnName() {
    return System.getProperty("column");
  }
}

/** Name-like values in value positions, and SQL mixing names and values: the bind-parameter advice. */
class Values {

  private static final String SEQUENCE_QUERY = "SELECT * FROM information_schema.sequences WHERE sequence_name = '%1$s'";

  void valuePositions(Statement statement, String sequenceName, String tableName, List<String> columns, String tablePrefix,
    String column) throws SQLException {
    statement.executeQuery(String.format(SEQUENCE_QUERY, sequenceName)); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
    statement.executeQuery("SELECT * FROM information_schema.tables WHERE table_name = '" + tableName + "'"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
    statement.executeQuery("SELECT * FROM t WHERE c IN (" + String.join(",", columns) + ")"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
    statement.executeQuery("SELECT * FROM t WHERE name LIKE '%" + tablePrefix + "%'"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
    statement.executeQuery("SELECT * FROM t WHERE name = " + column); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
  }

  PreparedStatement mixed(Connection connection, String table, String name) throws SQLException {
    return connection.prepareStatement("SELECT * FROM " + table + " WHERE name = '" + name + "'"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Connection.prepareStatement'; use bind parameters.}}
//                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                        ^^^^^@-1< {{Name built into the SQL.}}
//                                                                                    ^^^^@-2< {{Non-constant part of the SQL.}}
  }

  List<?> fragment(JdbcTemplate jdbcTemplate, String where) {
    return jdbcTemplate.queryForList("SELECT * FROM users WHERE " + where); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'JdbcTemplate.queryForList'; use bind parameters.}}
  }
}

/** SQL received from elsewhere and extended here: the received text is not a part; what is added here still is. */
class ReceivedSql {

  List<?> limited(JdbcTemplate jdbcTemplate, String query) {
    return jdbcTemplate.queryForList(query + " LIMIT 10"); // extended with constant text only
  }

  void withIds(EntityManager entityManager, String queryString, String alias) {
    StringBuilder builder = new StringBuilder(queryString);
    builder.append(" where ");
    builder.append(String.format("%s.id = ?1", alias));
    entityManager.createQuery(builder.toString()); // Noncompliant {{Make sure the names built into this SQL for 'EntityManager.createQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
    String sql = queryString + " where x = '" + alias + "'";
    entityManager.createQuery(sql); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'EntityManager.createQuery'; use bind parameters.}}
//                            ^^^
//                                              ^^^^^@-2< {{Non-constant part of the SQL.}}
  }

  List<?> notAtTheStart(JdbcTemplate jdbcTemplate, String where) {
    return jdbcTemplate.queryForList("SELECT * FROM t WHERE " + where); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'JdbcTemplate.queryForList'; use bind parameters.}}
  }

  List<?> sorted(JdbcTemplate jdbcTemplate, List<String> clauses, String orderBy) {
    jdbcTemplate.queryForList("SELECT * FROM t" + toOrderByStatement(clauses)); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.queryForList' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
    return jdbcTemplate.queryForList("SELECT * FROM t " + orderBy); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.queryForList' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
  }

  protected String toOrderByStatement(List<String> clauses) {
    return clauses.isEmpty() ? "" : " ORDER BY " + String.join(", ", clauses);
  }
}
