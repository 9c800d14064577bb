package com.acme;

import java.sql.SQLException;
import java.sql.Statement;

class Sanitized {

  void sanitized(Statement statement, String table, String name) throws SQLException {
    statement.executeQuery("SELECT * FROM " + quoteIdentifier(table) + " WHERE n = " + quoteLiteral(name)); // values through a sanitizer
    statement.executeQuery("SELECT * FROM " + escape(table)); // Noncompliant {{Make sure the names built into this SQL for 'Statement.executeQuery' cannot come from user input; bind parameters cannot replace names, so check them against the known ones.}}
    statement.executeQuery("SELECT * FROM t WHERE n = " + escape(name)); // Noncompliant {{Make sure this SQL built from non-constant values is safe to pass to 'Statement.executeQuery'; use bind parameters.}}
  }

  static String quoteIdentifier(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }

  static String quoteLiteral(String literal) {
    return "'" + literal.replace("'", "''") + "'";
  }

  static String escape(String value) {
    return value;
  }
}
