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
    return (String) entityManager().createNativeQuery("SELECT username FROM users WHERE id = ?1") // Noncompliant {{This SELECT reads 'users', which 'User' maps; query it through the 'EntityManager'.}}
      .setParameter(1, key).getSingleResult();
  }

  void touch(String key) throws SQLException {
    try (Connection connection = entityManager().unwrap(Connection.class)) { // obtaining a connection
      connection.prepareStatement("UPDATE users SET touched = 1 WHERE id = ?"); // Noncompliant {{This UPDATE writes 'users', which 'User' maps; write it through the 'EntityManager'.}}
    }
  }
}

@jakarta.persistence.Entity
@jakarta.persistence.Table(name = "users")
class User {
  @jakarta.persistence.Id
  Long id;
  String username;
  int touched;
}
