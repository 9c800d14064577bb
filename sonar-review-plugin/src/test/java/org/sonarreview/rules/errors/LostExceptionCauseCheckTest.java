package org.sonarreview.rules.errors;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class LostExceptionCauseCheckTest {

  @Test
  void flags_new_exceptions_that_drop_the_cause() {
    CheckVerifier.newVerifier()
      .onFile(path("LostExceptionCause/LostExceptionCauseCheck.java"))
      .withCheck(new LostExceptionCauseCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void stays_silent_when_unknown_types_may_carry_the_exception() {
    CheckVerifier.newVerifier()
      .onFile(path("LostExceptionCause/LostExceptionCauseCheckUnresolved.java"))
      .withCheck(new LostExceptionCauseCheck())
      .verifyIssues();
  }
}
