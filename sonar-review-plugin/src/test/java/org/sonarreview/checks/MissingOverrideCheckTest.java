package org.sonarreview.checks;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.checks.TestFiles.path;

class MissingOverrideCheckTest {

  @Test
  void flags_overrides_without_the_annotation() {
    CheckVerifier.newVerifier()
      .onFile(path("missingoverride/MissingOverrideCheck.java"))
      .withCheck(new MissingOverrideCheck())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void never_guesses_on_unknown_supertypes() {
    CheckVerifier.newVerifier()
      .onFile(path("missingoverride/MissingOverrideCheckUnknownTypes.java"))
      .withCheck(new MissingOverrideCheck())
      .verifyIssues();
  }
}
