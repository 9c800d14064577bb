package org.sonarreview.rules.persistence;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;
import org.sonarreview.testing.TestFiles;

class RawSqlBesideOrmCheckTest {

  @Test
  void flags_raw_sql_in_a_jpa_based_file() {
    verify("rawsqlbesideorm/RawSqlBesideOrmCheck.java", new RawSqlBesideOrmCheck());
  }

  @Test
  void hibernate_and_jooq_make_a_file_orm_based() {
    verify("rawsqlbesideorm/RawSqlBesideOrmCheckOtherOrms.java", new RawSqlBesideOrmCheck());
    verify("rawsqlbesideorm/RawSqlBesideOrmCheckJooq.java", new RawSqlBesideOrmCheck());
  }

  @Test
  void calls_that_read_or_write_mapped_data_make_a_file_orm_based() {
    verify("rawsqlbesideorm/RawSqlBesideOrmCheckOrmCalls.java", new RawSqlBesideOrmCheck());
  }

  @Test
  void native_queries_and_connections_alone_do_not_make_a_file_orm_based() {
    verifyNoIssues("rawsqlbesideorm/RawSqlBesideOrmCheckNativeOnly.java");
  }

  @Test
  void plain_jdbc_without_orm_is_left_alone() {
    verifyNoIssues("rawsqlbesideorm/RawSqlBesideOrmCheckPlainJdbc.java");
  }

  @Test
  void the_orm_own_packages_are_left_alone() {
    verifyNoIssues("rawsqlbesideorm-ormpackage/OrmOwnPackage.java");
  }

  @Test
  void migrations_are_left_alone() {
    verify("rawsqlbesideorm/RawSqlBesideOrmCheckMigrations.java", new RawSqlBesideOrmCheck());
  }

  @Test
  void invalid_ignored_types_fall_back_to_the_default() {
    RawSqlBesideOrmCheck check = new RawSqlBesideOrmCheck();
    check.ignoredTypes = "[unclosed";
    verify("rawsqlbesideorm/RawSqlBesideOrmCheckMigrations.java", check);
  }

  @Test
  void declarative_native_queries_only_when_asked() {
    verifyNoIssues("rawsqlbesideorm/RawSqlBesideOrmCheckDeclarativeOff.java");
    RawSqlBesideOrmCheck check = new RawSqlBesideOrmCheck();
    check.flagDeclarativeNativeQueries = true;
    verify("rawsqlbesideorm/RawSqlBesideOrmCheckDeclarative.java", check);
  }

  @Test
  void silent_when_types_are_unknown() {
    CheckVerifier.newVerifier()
      .onFile(path("rawsqlbesideorm/RawSqlBesideOrmCheck.java"))
      .withCheck(new RawSqlBesideOrmCheck())
      .withJavaVersion(21)
      .verifyNoIssues();
  }

  private static void verifyNoIssues(String file) {
    CheckVerifier.newVerifier()
      .onFile(path(file))
      .withCheck(new RawSqlBesideOrmCheck())
      .withClassPath(testJars())
      .verifyNoIssues();
  }

  private static void verify(String file, RawSqlBesideOrmCheck check) {
    CheckVerifier.newVerifier()
      .onFile(path(file))
      .withCheck(check)
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }
}
