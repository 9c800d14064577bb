package com.acme;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

// Only native SQL and a connection obtained through the EntityManager: no mapped data is read or written through
// the ORM in this file, so it is not ORM-based.
abstract class SearchDao {

  protected abstract EntityManager entityManager();

  List<?> search(String where) {
    return entityManager().createNativeQuery("SELECT id FROM user_search WHERE active = 1").getResultList();
  }

  void vacuum() throws SQLException {
    try (Connection connection = entityManager().unwrap(Connection.class)) {
      connection.createStatement().execute("VACUUM");
    }
  }
}
