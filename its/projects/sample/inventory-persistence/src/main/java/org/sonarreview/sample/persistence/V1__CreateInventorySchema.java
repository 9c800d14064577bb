package org.sonarreview.sample.persistence;

import java.lang.String;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The first schema migration: plain JDBC, run once before the application starts. */
public final class V1__CreateInventorySchema {

  private V1__CreateInventorySchema() {
  }

  public static void migrate(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("create table customer (id bigint primary key, uuid uuid not null unique,"
        + " name varchar(200) not null, email varchar(200))");
      statement.execute("create table purchase_order (id bigint primary key, order_number varchar(40),"
        + " customer_uuid uuid, currency char(3), status varchar(20), amount_cents bigint,"
        + " paid boolean, shipped boolean, created_at timestamp)");
      insertCustomer(statement, "00000000-0000-0000-0000-000000000001", "Demo", "demo@example.com", "EU", true, false);
    }
  }

  private static void insertCustomer(Statement statement, String uuid, String name, String email, String region,
    boolean active, boolean verified) throws SQLException {
    statement.addBatch("insert into customer (id, uuid, name, email) values (1, '" + uuid + "', '" + name + "', '"
      + email + "')");
    if (active && verified) {
      statement.addBatch("update customer set email = email where region = '" + region + "'");
    }
    statement.executeBatch();
  }
}
