package org.sonarreview.rules.errors;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class OverlyBroadCatchCheckTest {

  @Test
  void flags_broad_catches_that_can_be_narrowed() {
    CheckVerifier.newVerifier()
      .onFile(path("OverlyBroadCatch/OverlyBroadCatchCheck.java"))
      .withCheck(new OverlyBroadCatchCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void stays_silent_when_a_call_or_type_is_unknown() {
    CheckVerifier.newVerifier()
      .onFile(path("OverlyBroadCatch/OverlyBroadCatchCheckUnresolved.java"))
      .withCheck(new OverlyBroadCatchCheck())
      .verifyIssues();
  }
}
