package com.acme;

import java.sql.SQLException;
import java.util.UUID;

// A type name that embeds a type it imports or extends, and a method name that embeds its return type, spell that
// type's words as the type does.
class UncategorizedSQLException extends RuntimeException {

  private final String sql;

  UncategorizedSQLException(String sql) {
    this.sql = sql;
  }

  public SQLException getSQLException() {
    return null;
  }

  public String getSql() {
    return sql;
  }

  String renderSqlText() {
    return sql;
  }

  String renderSQLText() { // Noncompliant {{Rename 'renderSQLText' to 'renderSqlText': elsewhere this file spells 'SQL' as 'Sql' (2 names).}} [[secondary=19]]
    return sql;
  }

  UUID consumerUuid() {
    return null;
  }

  String printUUIDLabel() { // Noncompliant {{Rename 'printUUIDLabel' to 'printUuidLabel': elsewhere this file spells 'UUID' as 'Uuid' (1 name).}} [[secondary=32]]
    return "";
  }
}
