package com.acme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProjectRepository {

  @PersistenceContext
  private EntityManager entityManager;
  private final JdbcTemplate jdbcTemplate;
  private final NamedParameterJdbcTemplate named;
  private final JdbcClient client;
  private final DataSource dataSource;

  ProjectRepository(JdbcTemplate jdbcTemplate, NamedParameterJdbcTemplate named, JdbcClient client, DataSource dataSource) {
    this.jdbcTemplate = jdbcTemplate;
    this.named = named;
    this.client = client;
    this.dataSource = dataSource;
  }

  List<?> incomplete() {
    return jdbcTemplate.queryForList("SELECT * FROM projects WHERE done = false"); // Noncompliant {{This SELECT reads 'projects', which 'Project' maps; query it through the 'EntityManager'.}}
  }

  int rename(long id, String name) {
    named.update("UPDATE projects SET name = :name WHERE id = :id", java.util.Map.of("id", id, "name", name)); // Noncompliant {{This UPDATE writes 'projects', which 'Project' maps; write it through the 'EntityManager'.}}
    jdbcTemplate.batchUpdate("DELETE FROM a", "DELETE FROM b"); // tables nobody maps
    return client.sql("DELETE FROM projects WHERE id = ?").param(id).update(); // Noncompliant {{This DELETE writes 'projects', which 'Project' maps; write it through the 'EntityManager'.}}
  }

  List<?> nativeQuery() {
    return entityManager.createNativeQuery("SELECT * FROM projects").getResultList(); // Noncompliant {{This SELECT reads 'projects', which 'Project' maps; query it through the 'EntityManager'.}}
  }

  void jdbc(String name) throws SQLException {
    try (Connection connection = dataSource.getConnection(); // obtaining a connection
         Statement statement = connection.createStatement(); // no SQL text yet: the execute call below carries it
         PreparedStatement prepared = connection.prepareStatement("SELECT * FROM projects WHERE name = ?")) { // Noncompliant {{This SELECT reads 'projects', which 'Project' maps; query it through the 'EntityManager'.}}
      statement.executeUpdate("DELETE FROM projects"); // Noncompliant {{This DELETE writes 'projects', which 'Project' maps; write it through the 'EntityManager'.}}
      prepared.setString(1, name);
      ResultSet resultSet = prepared.executeQuery(); // the prepareStatement call above is the issue
    }
  }

  List<?> throughTheOrm() {
    return entityManager.createQuery("SELECT p FROM Project p", Object.class).getResultList(); // JPQL: the ORM's own API
  }

  void withCallbacks() {
    jdbcTemplate.execute((java.sql.Connection connection) -> null); // no SQL text
  }

  @SuppressWarnings("review:RawSqlBesideOrm")
  void suppressed() {
    jdbcTemplate.update("DELETE FROM projects");
  }
}

sealed interface Report permits Totals, Details {}
record Totals() implements Report {}
record Details(long id) implements Report {}

record ReportQueries(JdbcTemplate jdbcTemplate) {

  List<?> run(Report report) {
    return switch (report) {
      case Totals totals -> jdbcTemplate.queryForList("""
        SELECT count(*)
        FROM projects
        """); // Noncompliant@-3 {{This SELECT reads 'projects', which 'Project' maps; query it through the 'EntityManager'.}}
      case Details details -> List.of(details.id());
    };
  }
}

@jakarta.persistence.Entity
@jakarta.persistence.Table(name = "projects")
class Project {
  @jakarta.persistence.Id
  Long id;
  String name;
  boolean done;
}
