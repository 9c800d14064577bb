package com.acme;

import java.util.List;
import org.hibernate.Session;

class HibernateDao {

  List<?> load(Session session) {
    return session.createNativeQuery("SELECT * FROM users", Object.class).list(); // Noncompliant {{Use the ORM instead of raw SQL through 'Session.createNativeQuery'; this file already uses 'Session'.}}
//                 ^^^^^^^^^^^^^^^^^
//             ^^^^^^^@-2< {{ORM use: 'Session'.}}
  }
}
