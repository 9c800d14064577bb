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
//                                            ^^^^^^@-2< {{Source: parameter 'target' of package-private method 'byPosition'.}}
//                                           ^^^^^^@-2< {{Concatenated into the SQL as a name.}}
    statement.executeQuery("SELECT * FROM " + schema + ".users"); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                           ^^^^^^@-6< {{Source: parameter 'schema' of package-private method 'byPosition'.}}
//                                            ^^^^^^@-2< {{Concatenated into the SQL as a name.}}
    statement.executeQuery("SELECT \"" + field + "\" FROM users"); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                          ^^^^^@-10< {{Source: parameter 'field' of package-private method 'byPosition'.}}
//                                       ^^^^^@-2< {{Concatenated into the SQL as a name.}}
    statement.executeQuery("SELECT u." + field + " FROM users u"); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                          ^^^^^@-14< {{Source: parameter 'field' of package-private method 'byPosition'.}}
//                                       ^^^^^@-2< {{Concatenated into the SQL as a name.}}
    statement.executeQuery(String.format("SELECT t.id FROM %1$s t JOIN %2$s s ON s.id = t.id", target, schema)); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                            ^^^^^^@-18< {{Source: parameter 'target' of package-private method 'byPosition'.}}
//                                                                                             ^^^^^^@-2< {{Formatted into the SQL as a name.}}
//                                                           ^^^^^^@-20< {{Source: parameter 'schema' of package-private method 'byPosition'.}}
//                                                                                                     ^^^^^^@-4< {{Formatted into the SQL as a name.}}
    statement.executeQuery(new StringBuilder("SELECT * FROM users ORDER BY ").append(field).toString()); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                          ^^^^^@-24< {{Source: parameter 'field' of package-private method 'byPosition'.}}
//                                                                                   ^^^^^@-2< {{Appended to the SQL as a name.}}
  }

  void formatIndexes(Statement statement, String value, String name) throws SQLException {
    // `%<s` takes the previous argument again: here a quoted value, so the bind-parameter advice applies.
    statement.executeQuery(String.format("SELECT * FROM users WHERE first = '%s' OR last = '%<s'", name)); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                             ^^^^@-3< {{Source: parameter 'name' of package-private method 'formatIndexes'.}}
//                                                                                                 ^^^^@-2< {{Formatted into the SQL.}}
    // An index no format string could use: the position is unknown, the part is judged without it, no exception.
    statement.executeQuery(String.format("SELECT * FROM t WHERE a = %99999999999$s", value)); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                               ^^^^^@-8< {{Source: parameter 'value' of package-private method 'formatIndexes'.}}
//                                                                                   ^^^^^@-2< {{Formatted into the SQL.}}
  }

  void byName(Statement statement, String tablePrefix, String idColumn, List<String> columns) throws SQLException {
    statement.executeQuery("SELECT " + idColumn + " FROM t"); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                            ^^^^^^^^@-2< {{Source: parameter 'idColumn' of package-private method 'byName'.}}
//                                     ^^^^^^^^@-2< {{Concatenated into the SQL as a name.}}
    statement.executeQuery("TRUNCATE " + tablePrefix + "JOB"); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                        ^^^^^^^^^^^@-6< {{Source: parameter 'tablePrefix' of package-private method 'byName'.}}
//                                       ^^^^^^^^^^^@-2< {{Concatenated into the SQL as a name.}}
    String tableName = lookup(tablePrefix);
    statement.execute("TRUNCATE " + tableName); // Noncompliant {{Make sure the names built into this SQL for 'Statement.execute' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                    ^^^^^^^^^^^^^^^^^^^^^^^
//                                        ^^^^^^^^^^^@-11< {{Source: parameter 'tablePrefix' of package-private method 'byName'.}}
//                            ^^^^^^^^^^^@-3< {{Passed as 'prefix' to 'lookup'.}}
//         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@+40< {{Returned by 'lookup'.}}
//         ^^^^^^^^^@-5< {{Assigned to 'tableName'.}}
//                                  ^^^^^^^^^@-5< {{Concatenated into the SQL as a name.}}
    statement.execute("SELECT MAX(" + getColumnName() + ") FROM t"); // Noncompliant {{Make sure the names built into this SQL for 'Statement.execute' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^@+39< {{Source: value read from the environment by 'getProperty'.}}
//         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^@+38< {{Returned by 'getColumnName'.}}
//                                    ^^^^^^^^^^^^^^^@-3< {{Concatenated into the SQL as a name.}}
  }

  void fromMetadata(Connection connection, Database database, Dialect dialect, String sequence) throws SQLException {
    String column = database.correctObjectName("CLIENT_ID", Column.class);
    connection.prepareStatement("SELECT count(*) FROM t WHERE t.deleted = 0 GROUP BY " + column); // a constant name, corrected by Liquibase
    connection.prepareStatement(dialect.getSequenceSupport().getSelectSequenceNextValString(sequence)); // not built here
    connection.prepareStatement("SELECT x, " + dialect.getSequenceSupport().getSelectSequenceNextValString(sequence) + " y"); // Noncompliant {{Make sure the names built into this SQL for 'Connection.prepareStatement' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                                    ^^^^^^^^@-5< {{Source: parameter 'sequence' of package-private method 'fromMetadata'.}}
//                                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-2< {{Concatenated into the SQL as a name.}}
  }

  void metamodel(EntityManager entityManager, String entityName, SingularAttribute<?, ?> id) {
    entityManager.createQuery(String.format("delete from %s x where x.%s in :ids", entityName, id.getName())); // Noncompliant {{Make sure the names built into this SQL for 'EntityManager.createQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                   ^^^^^^^^^^@-2< {{Source: parameter 'entityName' of package-private method 'metamodel'.}}
//                                                                                 ^^^^^^^^^^@-2< {{Formatted into the SQL as a name.}}
  }

  void alias(EntityManager entityManager, String query, String alias, List<Long> ids) {
    StringBuilder builder = new StringBuilder("select e from Entity e where");
    for (int i = 1; i <= ids.size(); i++) {
      builder.append(String.format(" %s = ?%d", alias, i));
    }
    entityManager.createQuery(builder.toString()); // Noncompliant {{Make sure the names built into this SQL for 'EntityManager.createQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                            ^^^^^^^^^^^^^^^^^^
//                                                             ^^^^^@-6< {{Source: parameter 'alias' of package-private method 'alias'.}}
//                                              ^^^^^@-4< {{Formatted into the SQL as a name.}}
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
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                ^^^^^^^^^^^^@-3< {{Source: parameter 'sequenceName' of package-private method 'valuePositions'.}}
//                                                       ^^^^^^^^^^^^@-2< {{Formatted into the SQL.}}
    statement.executeQuery("SELECT * FROM information_schema.tables WHERE table_name = '" + tableName + "'"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                     ^^^^^^^^^@-7< {{Source: parameter 'tableName' of package-private method 'valuePositions'.}}
//                                                                                          ^^^^^^^^^@-2< {{Concatenated into the SQL.}}
    statement.executeQuery("SELECT * FROM t WHERE c IN (" + String.join(",", columns) + ")"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                                             ^^^^^^^@-11< {{Source: parameter 'columns' of package-private method 'valuePositions'.}}
//                                                                           ^^^^^^^@-2< {{Joined into the SQL.}}
    statement.executeQuery("SELECT * FROM t WHERE name LIKE '%" + tablePrefix + "%'"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                                                             ^^^^^^^^^^^@-15< {{Source: parameter 'tablePrefix' of package-private method 'valuePositions'.}}
//                                                                ^^^^^^^^^^^@-2< {{Concatenated into the SQL.}}
    statement.executeQuery("SELECT * FROM t WHERE name = " + column); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
//                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//         ^^^^^^@-18< {{Source: parameter 'column' of package-private method 'valuePositions'.}}
//                                                           ^^^^^^@-2< {{Concatenated into the SQL.}}
  }

  PreparedStatement mixed(Connection connection, String table, String name) throws SQLException {
    return connection.prepareStatement("SELECT * FROM " + table + " WHERE name = '" + name + "'"); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Connection.prepareStatement'; use bind parameters.}}
//                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                      ^^^^^@-2< {{Source: parameter 'table' of package-private method 'mixed'.}}
//                                                        ^^^^^@-2< {{Concatenated into the SQL as a name.}}
//                                                                    ^^^^@-4< {{Source: parameter 'name' of package-private method 'mixed'.}}
//                                                                                    ^^^^@-4< {{Concatenated into the SQL.}}
  }

  List<?> fragment(JdbcTemplate jdbcTemplate, String where) {
    return jdbcTemplate.queryForList("SELECT * FROM users WHERE " + where); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'JdbcTemplate.queryForList'; use bind parameters.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                   ^^^^^@-2< {{Source: parameter 'where' of package-private method 'fragment'.}}
//                                                                  ^^^^^@-2< {{Concatenated into the SQL.}}
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
//                            ^^^^^^^^^^^^^^^^^^
//                                                                     ^^^^^@-5< {{Source: parameter 'alias' of package-private method 'withIds'.}}
//                                             ^^^^^@-3< {{Formatted into the SQL as a name.}}
    String sql = queryString + " where x = '" + alias + "'";
    entityManager.createQuery(sql); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'EntityManager.createQuery'; use bind parameters.}}
//                            ^^^
//                                                                     ^^^^^@-10< {{Source: parameter 'alias' of package-private method 'withIds'.}}
//                                              ^^^^^@-3< {{Concatenated into the SQL.}}
//         ^^^@-4< {{Assigned to 'sql'.}}
  }

  List<?> notAtTheStart(JdbcTemplate jdbcTemplate, String where) {
    return jdbcTemplate.queryForList("SELECT * FROM t WHERE " + where); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'JdbcTemplate.queryForList'; use bind parameters.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                        ^^^^^@-2< {{Source: parameter 'where' of package-private method 'notAtTheStart'.}}
//                                                              ^^^^^@-2< {{Concatenated into the SQL.}}
  }

  List<?> sorted(JdbcTemplate jdbcTemplate, List<String> clauses, String orderBy) {
    jdbcTemplate.queryForList("SELECT * FROM t" + toOrderByStatement(clauses)); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.queryForList' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                       ^^^^^^^@-2< {{Source: parameter 'clauses' of package-private method 'sorted'.}}
//                                                                   ^^^^^^^@-2< {{Passed as 'clauses' to 'toOrderByStatement'.}}
//         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@+10< {{Returned by 'toOrderByStatement'.}}
//                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^@-4< {{Concatenated into the SQL as a name.}}
    return jdbcTemplate.queryForList("SELECT * FROM t " + orderBy); // Noncompliant {{Make sure the names built into this SQL for 'JdbcTemplate.queryForList' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
//                                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
//                                                                       ^^^^^^^@-8< {{Source: parameter 'orderBy' of package-private method 'sorted'.}}
//                                                        ^^^^^^^@-2< {{Concatenated into the SQL as a name.}}
  }

  protected String toOrderByStatement(List<String> clauses) {
    return clauses.isEmpty() ? "" : " ORDER BY " + String.join(", ", clauses);
  }
}
