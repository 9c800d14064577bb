package org.sonarreview.rules.naming;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class NonDescriptiveNameCheckTest {

  @Test
  void flags_single_letters_generic_names_and_abbreviations() {
    CheckVerifier.newVerifier()
      .onFile(path("NonDescriptiveName/NonDescriptiveNameCheck.java"))
      .withCheck(new NonDescriptiveNameCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void invalid_abbreviations_fall_back_to_the_default() {
    NonDescriptiveNameCheck check = new NonDescriptiveNameCheck();
    check.abbreviations = "proj,cnt";
    CheckVerifier.newVerifier()
      .onFile(path("NonDescriptiveName/NonDescriptiveNameCheck.java"))
      .withCheck(check)
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void custom_dictionaries() {
    NonDescriptiveNameCheck check = new NonDescriptiveNameCheck();
    check.genericNames = "blob, Stuff";
    check.abbreviations = "cnt=count, num=number";
    check.allowedWords = "num,q";
    CheckVerifier.newVerifier()
      .onFile(path("NonDescriptiveName/NonDescriptiveNameCheckCustom.java"))
      .withCheck(check)
      .verifyIssues();
  }

  @Test
  void stays_silent_on_parameters_a_supertype_may_impose_when_the_hierarchy_is_unknown() {
    CheckVerifier.newVerifier()
      .onFile(path("NonDescriptiveName/NonDescriptiveNameCheckUnknownTypes.java"))
      .withCheck(new NonDescriptiveNameCheck())
      .verifyIssues();
  }
}
