package org.sonarreview.rules.design;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;

class OversizedClassCheckTest {

  @Test
  void flags_types_over_the_default_limits() {
    CheckVerifier.newVerifier()
      .onFile(path("OversizedClass/OversizedClassCheck.java"))
      .withCheck(new OversizedClassCheck())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void invalid_parameters_fall_back_to_defaults() {
    OversizedClassCheck check = new OversizedClassCheck();
    check.maxLinesOfCode = 0;
    check.maxMethods = -3;
    CheckVerifier.newVerifier()
      .onFile(path("OversizedClass/OversizedClassCheck.java"))
      .withCheck(check)
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void custom_limits() {
    OversizedClassCheck check = new OversizedClassCheck();
    check.maxLinesOfCode = 6;
    check.maxMethods = 2;
    CheckVerifier.newVerifier()
      .onFile(path("OversizedClass/OversizedClassCheckCustomLimits.java"))
      .withCheck(check)
      .verifyIssues();
  }

  @Test
  void skips_the_object_factory_written_by_xjc_but_not_a_hand_written_one() {
    CheckVerifier.newVerifier()
      .onFile(path("OversizedClass/xjc/ObjectFactory.java"))
      .withCheck(smallLimits())
      .verifyNoIssues();
    CheckVerifier.newVerifier()
      .onFile(path("OversizedClass/xjc/HandWrittenFactory.java"))
      .withCheck(smallLimits())
      .verifyIssues();
  }

  private static OversizedClassCheck smallLimits() {
    OversizedClassCheck check = new OversizedClassCheck();
    check.maxMethods = 2;
    return check;
  }
}
