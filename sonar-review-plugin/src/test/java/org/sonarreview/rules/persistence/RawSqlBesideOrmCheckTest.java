package org.sonarreview.rules.persistence;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonarreview.testing.ConventionVerifier;
import org.sonarreview.testing.PersistenceVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class RawSqlBesideOrmCheckTest {

  @Test
  void flags_plain_crud_on_tables_the_project_maps_decided_over_the_whole_project() {
    PersistenceVerifier.verify(RawSqlBesideOrmCheck::new, "RawSqlBesideOrm/project/Consumer.java",
      "RawSqlBesideOrm/project/LedgerEntry.java", "RawSqlBesideOrm/project/ConsumerRepository.java",
      "RawSqlBesideOrm/project/ConsumerDao.java", "RawSqlBesideOrm/project/ReadSideQueries.java",
      "RawSqlBesideOrm/project/NativeOnlyDao.java",
      "RawSqlBesideOrm/project/invoices-orm.xml");
  }

  @Test
  void without_the_mapping_files_their_tables_are_unknown() {
    assertThat(PersistenceVerifier.analyse(RawSqlBesideOrmCheck::new, "RawSqlBesideOrm/project/Consumer.java",
      "RawSqlBesideOrm/project/ConsumerDao.java"))
      .extracting(ConventionVerifier.Issue::line)
      .containsExactly(18, 24, 41);
  }

  @Test
  void flags_raw_sql_in_a_jpa_based_file() {
    verify("RawSqlBesideOrm/RawSqlBesideOrmCheck.java", new RawSqlBesideOrmCheck());
  }

  @Test
  void hibernate_and_jooq_make_a_file_orm_based() {
    verify("RawSqlBesideOrm/RawSqlBesideOrmCheckOtherOrms.java", new RawSqlBesideOrmCheck());
    verify("RawSqlBesideOrm/RawSqlBesideOrmCheckJooq.java", new RawSqlBesideOrmCheck());
  }

  @Test
  void calls_that_read_or_write_mapped_data_make_a_file_orm_based() {
    verify("RawSqlBesideOrm/RawSqlBesideOrmCheckOrmCalls.java", new RawSqlBesideOrmCheck());
  }

  @Test
  void native_queries_and_connections_alone_do_not_make_a_file_orm_based() {
    verifyNoIssues("RawSqlBesideOrm/RawSqlBesideOrmCheckNativeOnly.java");
  }

  @Test
  void plain_jdbc_without_orm_is_left_alone() {
    verifyNoIssues("RawSqlBesideOrm/RawSqlBesideOrmCheckPlainJdbc.java");
  }

  @Test
  void the_orm_own_packages_are_left_alone() {
    verifyNoIssues("RawSqlBesideOrm/ormpackage/OrmOwnPackage.java");
  }

  @Test
  void migrations_are_left_alone() {
    verify("RawSqlBesideOrm/RawSqlBesideOrmCheckMigrations.java", new RawSqlBesideOrmCheck());
  }

  @Test
  void invalid_ignored_types_fall_back_to_the_default() {
    RawSqlBesideOrmCheck check = new RawSqlBesideOrmCheck();
    check.ignoredTypes = "[unclosed";
    verify("RawSqlBesideOrm/RawSqlBesideOrmCheckMigrations.java", check);
  }

  @Test
  void declarative_native_queries_only_when_asked() {
    verifyNoIssues("RawSqlBesideOrm/RawSqlBesideOrmCheckDeclarativeOff.java");
    RawSqlBesideOrmCheck check = new RawSqlBesideOrmCheck();
    check.flagDeclarativeNativeQueries = true;
    verify("RawSqlBesideOrm/RawSqlBesideOrmCheckDeclarative.java", check);
  }

  @Test
  void silent_without_a_classpath() {
    CheckVerifier.newVerifier()
      .onFile(path("RawSqlBesideOrm/RawSqlBesideOrmCheckNoClasspath.java"))
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
