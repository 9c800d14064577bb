package org.sonarreview.rules.errors;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class SwallowedExceptionCheckTest {

  private static final String MAIN_FILE = "SwallowedException/SwallowedExceptionCheck.java";

  @Test
  void flags_swallowed_exceptions_and_leaves_deliberate_ones_alone() {
    CheckVerifier.newVerifier()
      .onFile(path(MAIN_FILE))
      .withCheck(new SwallowedExceptionCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void unnamed_variables_are_ignored() {
    CheckVerifier.newVerifier()
      .onFile(path("SwallowedException/SwallowedExceptionCheckUnnamed.java"))
      .withCheck(new SwallowedExceptionCheck())
      .withJavaVersion(22)
      .verifyIssues();
  }

  @Test
  void unresolved_types_do_not_change_the_syntactic_decision() {
    CheckVerifier.newVerifier()
      .onFile(path("SwallowedException/SwallowedExceptionCheckUnresolved.java"))
      .withCheck(new SwallowedExceptionCheck())
      .verifyIssues();
  }

  @Test
  void invalid_ignored_names_fall_back_to_the_default() {
    SwallowedExceptionCheck check = new SwallowedExceptionCheck();
    check.ignoredNames = "ignored(";
    CheckVerifier.newVerifier()
      .onFile(path(MAIN_FILE))
      .withCheck(check)
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void custom_parameters() {
    SwallowedExceptionCheck check = new SwallowedExceptionCheck();
    check.allowCommentedBlocks = false;
    check.ignoredNames = "ok";
    check.ignoredExceptions = "java.io.IOException";
    CheckVerifier.newVerifier()
      .onFile(path("SwallowedException/SwallowedExceptionCheckCustom.java"))
      .withCheck(check)
      .verifyIssues();
  }

  @Test
  void without_report_fallbacks_only_empty_blocks_and_logs_without_the_exception_are_flagged() {
    SwallowedExceptionCheck check = new SwallowedExceptionCheck();
    check.reportFallbacks = false;
    CheckVerifier.newVerifier()
      .onFile(path("SwallowedException/SwallowedExceptionCheckNoFallbacks.java"))
      .withCheck(check)
      .withClassPath(testJars())
      .verifyIssues();
  }
}
