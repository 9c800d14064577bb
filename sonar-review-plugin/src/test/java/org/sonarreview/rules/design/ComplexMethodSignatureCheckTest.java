package org.sonarreview.rules.design;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class ComplexMethodSignatureCheckTest {

  @Test
  void flags_long_signatures_and_leaves_imposed_ones_alone() {
    CheckVerifier.newVerifier()
      .onFile(path("ComplexMethodSignature/ComplexMethodSignatureCheck.java"))
      .withCheck(new ComplexMethodSignatureCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void judges_annotations_by_simple_name_without_a_classpath() {
    CheckVerifier.newVerifier()
      .onFile(path("ComplexMethodSignature/ComplexMethodSignatureCheckUnresolved.java"))
      .withCheck(new ComplexMethodSignatureCheck())
      .verifyIssues();
  }

  @Test
  void invalid_parameters_fall_back_to_defaults() {
    ComplexMethodSignatureCheck check = new ComplexMethodSignatureCheck();
    check.maxParameters = -1;
    check.maxBooleanParameters = -5;
    check.maxSameTypeRun = 0;
    CheckVerifier.newVerifier()
      .onFile(path("ComplexMethodSignature/ComplexMethodSignatureCheck.java"))
      .withCheck(check)
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void custom_limits() {
    ComplexMethodSignatureCheck check = new ComplexMethodSignatureCheck();
    check.maxParameters = 2;
    check.maxBooleanParameters = 0;
    check.maxSameTypeRun = 10;
    CheckVerifier.newVerifier()
      .onFile(path("ComplexMethodSignature/ComplexMethodSignatureCheckCustomLimits.java"))
      .withCheck(check)
      .verifyIssues();
  }
}
