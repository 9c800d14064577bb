package org.sonarreview.rules.unused;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class UnusedLocalVariableCheckTest {

  @Test
  void flags_unread_locals_and_leaves_exemptions_alone() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedLocalVariable/UnusedLocalVariableCheck.java"))
      .withCheck(new UnusedLocalVariableCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void suggests_the_unnamed_variable_from_java_22() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedLocalVariable/UnusedLocalVariableCheckJava22.java"))
      .withCheck(new UnusedLocalVariableCheck())
      .withJavaVersion(22)
      .verifyIssues();
  }

  @Test
  void custom_ignored_names() {
    UnusedLocalVariableCheck check = new UnusedLocalVariableCheck();
    check.ignoredNames = "dummy";
    CheckVerifier.newVerifier()
      .onFile(path("UnusedLocalVariable/UnusedLocalVariableCheckCustom.java"))
      .withCheck(check)
      .verifyIssues();
  }

  @Test
  void invalid_ignored_names_fall_back_to_the_default() {
    UnusedLocalVariableCheck check = new UnusedLocalVariableCheck();
    check.ignoredNames = "[unclosed";
    CheckVerifier.newVerifier()
      .onFile(path("UnusedLocalVariable/UnusedLocalVariableCheck.java"))
      .withCheck(check)
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void stays_silent_about_names_the_model_could_not_resolve() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedLocalVariable/UnusedLocalVariableCheckUnresolved.java"))
      .withCheck(new UnusedLocalVariableCheck())
      .verifyIssues();
  }

  @Test
  void stays_silent_without_semantic_information() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedLocalVariable/UnusedLocalVariableCheck.java"))
      .withCheck(new UnusedLocalVariableCheck())
      .withoutSemantic()
      .verifyNoIssues();
  }

  @Test
  void suppressed_and_generated_code() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedLocalVariable/UnusedLocalVariableCheckSuppressed.java"))
      .withCheck(new UnusedLocalVariableCheck())
      .verifyNoIssues();
  }
}
