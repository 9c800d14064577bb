package com.acme;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

// The EntityManager is reached through an inherited getter: no variable of its type in this file.
abstract class UserDao {

  protected abstract EntityManager entityManager();

  Object find(String key) {
    return entityManager().find(Object.class, key); // reads mapped data: the file is ORM-based
  }

  String username(String key) {
    return (String) entityManager().createNativeQuery("SELECT username FROM users WHERE id = ?1") // Noncompliant {{Use the ORM instead of raw SQL through 'EntityManager.createNativeQuery'; this file already uses 'EntityManager'.}}
//                                  ^^^^^^^^^^^^^^^^^
//                         ^^^^@-5< {{ORM use: 'EntityManager'.}}
      .setParameter(1, key).getSingleResult();
  }

  void touch(String key) throws SQLException {
    try (Connection connection = entityManager().unwrap(Connection.class)) { // obtaining a connection
      connection.prepareStatement("UPDATE users SET touched = 1 WHERE id = ?"); // Noncompliant {{Use the ORM instead of raw SQL through 'Connection.prepareStatement'; this file already uses 'EntityManager'.}}
    }
  }
}
