package org.sonarreview.rules.naming;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class MixedNamingConventionCheckTest {

  @Test
  void flags_snake_case_names_in_a_camel_case_file() {
    CheckVerifier.newVerifier()
      .onFile(path("MixedNamingConvention/MixedNamingConventionCheck.java"))
      .withCheck(new MixedNamingConventionCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void a_file_entirely_in_snake_case_gets_one_file_issue() {
    CheckVerifier.newVerifier()
      .onFile(path("MixedNamingConvention/MixedNamingConventionCheckAllSnake.java"))
      .withCheck(new MixedNamingConventionCheck())
      .verifyIssues();
  }

  @Test
  void a_file_mostly_in_snake_case_gets_one_file_level_issue() {
    CheckVerifier.newVerifier()
      .onFile(path("MixedNamingConvention/MixedNamingConventionCheckMostlySnake.java"))
      .withCheck(new MixedNamingConventionCheck())
      .verifyIssues();
  }

  @Test
  void two_snake_case_names_fewer_than_the_camel_case_ones_are_strays() {
    CheckVerifier.newVerifier()
      .onFile(path("MixedNamingConvention/MixedNamingConventionCheckFew.java"))
      .withCheck(new MixedNamingConventionCheck())
      .verifyIssues();
  }

  @Test
  void stays_silent_on_a_file_that_keeps_both_conventions_in_large_shares() {
    CheckVerifier.newVerifier()
      .onFile(path("MixedNamingConvention/MixedNamingConventionCheckFamily.java"))
      .withCheck(new MixedNamingConventionCheck())
      .verifyNoIssues();
  }

  @Test
  void ignored_names_and_test_methods_when_not_ignored() {
    MixedNamingConventionCheck check = new MixedNamingConventionCheck();
    check.ignoredNames = "legacy_.*";
    check.ignoreTestMethods = false;
    CheckVerifier.newVerifier()
      .onFile(path("MixedNamingConvention/MixedNamingConventionCheckIgnored.java"))
      .withCheck(check)
      .withClassPath(testJars())
      .verifyIssues();
  }

  @Test
  void invalid_ignored_names_fall_back_to_the_default() {
    MixedNamingConventionCheck check = new MixedNamingConventionCheck();
    check.ignoredNames = "([unclosed";
    CheckVerifier.newVerifier()
      .onFile(path("MixedNamingConvention/MixedNamingConventionCheck.java"))
      .withCheck(check)
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void stays_silent_on_methods_whose_hierarchy_is_unknown() {
    CheckVerifier.newVerifier()
      .onFile(path("MixedNamingConvention/MixedNamingConventionCheckUnknownTypes.java"))
      .withCheck(new MixedNamingConventionCheck())
      .verifyIssues();
  }
}
