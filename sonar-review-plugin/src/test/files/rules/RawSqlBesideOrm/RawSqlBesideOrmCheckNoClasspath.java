package com.acme;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.JdbcTemplate;

@Entity
@Table(name = "projects")
class Project {
  @Id
  Long id;
}

/** Without a classpath neither Spring's types nor the persistence annotations resolve: no evidence of an ORM, no issue. */
class ProjectCleanup {
  private final JdbcTemplate jdbcTemplate;

  ProjectCleanup(JdbcTemplate jdbcTemplate) {
    this.jdbcTemplate = jdbcTemplate;
  }

  void purge(Statement statement) throws SQLException {
    jdbcTemplate.update("DELETE FROM projects");
    statement.executeUpdate("DELETE FROM projects");
  }
}
