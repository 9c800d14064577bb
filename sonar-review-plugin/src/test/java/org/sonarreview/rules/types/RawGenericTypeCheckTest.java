package org.sonarreview.rules.types;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;
import org.sonarreview.testing.TestFiles;

class RawGenericTypeCheckTest {

  @Test
  void flags_raw_declarations_instantiations_and_casts() {
    CheckVerifier.newVerifier()
      .onFile(path("rawgenerictype/RawGenericTypeCheck.java"))
      .withCheck(new RawGenericTypeCheck())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void honours_intellij_noinspection_comments() {
    CheckVerifier.newVerifier()
      .onFile(path("rawgenerictype/RawGenericTypeCheckNoinspection.java"))
      .withCheck(new RawGenericTypeCheck())
      .verifyIssues();
  }

  @Test
  void stays_silent_on_unknown_types() {
    CheckVerifier.newVerifier()
      .onFile(path("rawgenerictype/RawGenericTypeCheckUnknownTypes.java"))
      .withCheck(new RawGenericTypeCheck())
      .verifyNoIssues();
  }
}
