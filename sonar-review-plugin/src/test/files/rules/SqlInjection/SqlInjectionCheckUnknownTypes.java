package com.acme;

import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.JdbcTemplate;
import jakarta.persistence.EntityManager;
import com.unknown.Config;

// Compiled without the library jars: the Spring and JPA types are unknown.
class Unresolved {

  void spring(JdbcTemplate jdbcTemplate, String table) {
    jdbcTemplate.queryForList("SELECT * FROM " + table); // unknown receiver type: silent
  }

  void jpa(EntityManager entityManager, String sort) {
    entityManager.createQuery("SELECT u FROM User u ORDER BY " + sort); // unknown receiver type: silent
  }

  void jdbc(Statement statement, Config config) throws SQLException {
    statement.executeQuery("SELECT * FROM " + config.table()); // JDBC is known, but the part's type is not: silent
  }
}
