package org.sonarreview.rules.types;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;

class NonObviousVarCheckTest {

  @Test
  void flags_var_whose_initializer_hides_the_type() {
    CheckVerifier.newVerifier()
      .onFile(path("NonObviousVar/NonObviousVarCheck.java"))
      .withCheck(new NonObviousVarCheck())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void stays_silent_on_unknown_types() {
    CheckVerifier.newVerifier()
      .onFile(path("NonObviousVar/NonObviousVarCheckUnknownTypes.java"))
      .withCheck(new NonObviousVarCheck())
      .withJavaVersion(21)
      .verifyNoIssues();
  }
}
