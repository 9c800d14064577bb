package com.acme;

import java.util.List;
import org.hibernate.Session;

class HibernateDao {

  List<?> load(Session session) {
    return session.createNativeQuery("SELECT * FROM users", Object.class).list(); // Noncompliant {{This SELECT reads 'users', which 'User' maps; query it through the 'Session'.}}
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
