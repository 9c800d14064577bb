package org.sonarreview.rules.unused;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class UnusedPrivateMemberCheckTest {

  @Test
  void flags_unused_private_members_and_leaves_exemptions_alone() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedPrivateMember/UnusedPrivateMemberCheck.java"))
      .withCheck(new UnusedPrivateMemberCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void stays_silent_about_names_the_model_could_not_resolve() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedPrivateMember/UnusedPrivateMemberCheckUnresolved.java"))
      .withCheck(new UnusedPrivateMemberCheck())
      .withClassPath(testJars())
      .verifyIssues();
  }

  @Test
  void stays_silent_without_semantic_information() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedPrivateMember/UnusedPrivateMemberCheck.java"))
      .withCheck(new UnusedPrivateMemberCheck())
      .withoutSemantic()
      .verifyNoIssues();
  }

  @Test
  void suppressed_and_generated_code() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedPrivateMember/UnusedPrivateMemberCheckSuppressed.java"))
      .withCheck(new UnusedPrivateMemberCheck())
      .withClassPath(testJars())
      .verifyNoIssues();
  }
}
