package org.hibernate.community.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.hibernate.Session;

// The ORM's own packages implement the ORM with JDBC: left alone.
class DialectSupport {

  void reset(Session session, Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET SCHEMA public");
    }
  }
}
