package com.acme;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.JdbcTemplate;

// No ORM anywhere in this file: plain JDBC is a valid design.
class PlainJdbcDao {

  private final JdbcTemplate jdbcTemplate;

  PlainJdbcDao(JdbcTemplate jdbcTemplate) {
    this.jdbcTemplate = jdbcTemplate;
  }

  int purge() {
    return jdbcTemplate.update("DELETE FROM events");
  }

  void raw(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("VACUUM");
    }
  }
}
