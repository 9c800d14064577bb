package org.sonarreview.rules.types;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;

class RawGenericTypeCheckTest {

  @Test
  void flags_raw_declarations_instantiations_and_casts() {
    CheckVerifier.newVerifier()
      .onFile(path("RawGenericType/RawGenericTypeCheck.java"))
      .withCheck(new RawGenericTypeCheck())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void honours_intellij_noinspection_comments() {
    CheckVerifier.newVerifier()
      .onFile(path("RawGenericType/RawGenericTypeCheckNoinspection.java"))
      .withCheck(new RawGenericTypeCheck())
      .verifyIssues();
  }

  @Test
  void stays_silent_on_unknown_types() {
    CheckVerifier.newVerifier()
      .onFile(path("RawGenericType/RawGenericTypeCheckUnknownTypes.java"))
      .withCheck(new RawGenericTypeCheck())
      .verifyNoIssues();
  }
}
