package org.sonarreview.rules.design;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class LowCohesionClassCheckTest {

  @Test
  void flags_classes_whose_members_split_into_groups() {
    CheckVerifier.newVerifier()
      .onFile(path("LowCohesionClass/LowCohesionClassCheck.java"))
      .withCheck(new LowCohesionClassCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void invalid_parameters_fall_back_to_defaults() {
    LowCohesionClassCheck check = new LowCohesionClassCheck();
    check.minimumGroupSize = 0;
    check.minimumMethods = 1;
    CheckVerifier.newVerifier()
      .onFile(path("LowCohesionClass/LowCohesionClassCheck.java"))
      .withCheck(check)
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void smaller_groups_and_classes_with_custom_parameters() {
    LowCohesionClassCheck check = new LowCohesionClassCheck();
    check.minimumGroupSize = 2;
    check.minimumMethods = 4;
    CheckVerifier.newVerifier()
      .onFile(path("LowCohesionClass/LowCohesionClassCheckCustom.java"))
      .withCheck(check)
      .verifyIssues();
  }
}
