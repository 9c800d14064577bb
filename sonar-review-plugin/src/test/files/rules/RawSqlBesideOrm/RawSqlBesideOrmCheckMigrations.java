package com.acme;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.sql.Statement;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

@Entity
class Account {
  @Id
  Long id;
}

class V2__Backfill_accounts extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute("UPDATE account SET active = true"); // Flyway migration: ignoredTypes
    }
  }
}

abstract class LiquibaseBackfill implements CustomTaskChange {
  @Override
  public void execute(Database database) {
    try (Statement statement = ((JdbcConnection) database.getConnection()).createStatement()) {
      statement.execute("UPDATE account SET active = true"); // Liquibase custom change: ignoredTypes
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

class AccountCleanup {
  void purge(java.sql.Connection connection) throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM account"); // Noncompliant {{This DELETE writes 'account', which 'Account' maps; write it through the ORM.}}
    }
  }
}
