package org.sonarreview.rules.types;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;

class MissingOverrideCheckTest {

  @Test
  void flags_overrides_without_the_annotation() {
    CheckVerifier.newVerifier()
      .onFile(path("MissingOverride/MissingOverrideCheck.java"))
      .withCheck(new MissingOverrideCheck())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void never_guesses_on_unknown_supertypes() {
    CheckVerifier.newVerifier()
      .onFile(path("MissingOverride/MissingOverrideCheckUnknownTypes.java"))
      .withCheck(new MissingOverrideCheck())
      .verifyIssues();
  }

  @Test
  void skips_types_written_by_xjc_but_not_hand_written_jaxb_classes() {
    CheckVerifier.newVerifier()
      .onFile(path("MissingOverride/MissingOverrideCheckXjc.java"))
      .withCheck(new MissingOverrideCheck())
      .verifyIssues();
  }
}
