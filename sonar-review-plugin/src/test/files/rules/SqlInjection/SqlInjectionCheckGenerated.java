package com.acme;

import java.sql.SQLException;
import java.sql.Statement;

@javax.annotation.processing.Generated("tool")
class GeneratedDao {

  void find(Statement statement, String table) throws SQLException {
    statement.executeQuery("SELECT * FROM " + table);
  }
}
