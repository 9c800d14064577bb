package org.sonarreview.rules.errors;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class ConsoleErrorReportingCheckTest {

  @Test
  void flags_console_reporting_in_catch_blocks() {
    CheckVerifier.newVerifier()
      .onFile(path("ConsoleErrorReporting/ConsoleErrorReportingCheck.java"))
      .withCheck(new ConsoleErrorReportingCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void main_methods_when_not_allowed() {
    ConsoleErrorReportingCheck check = new ConsoleErrorReportingCheck();
    check.allowInMain = false;
    CheckVerifier.newVerifier()
      .onFile(path("ConsoleErrorReporting/ConsoleErrorReportingCheckMainNotAllowed.java"))
      .withCheck(check)
      .verifyIssues();
  }

  @Test
  void native_image_features_report_on_the_build_console() {
    CheckVerifier.newVerifier()
      .onFile(path("ConsoleErrorReporting/ConsoleErrorReportingCheckNativeImage.java"))
      .withCheck(new ConsoleErrorReportingCheck())
      .verifyIssues();
  }

  @Test
  void stays_silent_on_unknown_receivers() {
    CheckVerifier.newVerifier()
      .onFile(path("ConsoleErrorReporting/ConsoleErrorReportingCheckUnresolved.java"))
      .withCheck(new ConsoleErrorReportingCheck())
      .verifyIssues();
  }
}
