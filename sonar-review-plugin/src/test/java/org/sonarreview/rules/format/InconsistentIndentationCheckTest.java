package org.sonarreview.rules.format;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;

class InconsistentIndentationCheckTest {

  @Test
  void flags_misaligned_siblings_shallow_bodies_and_mixed_indentation() {
    CheckVerifier.newVerifier()
      .onFile(path("InconsistentIndentation/InconsistentIndentationCheck.java"))
      .withCheck(new InconsistentIndentationCheck())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void the_majority_style_of_the_file_wins() {
    CheckVerifier.newVerifier()
      .onFile(path("InconsistentIndentation/InconsistentIndentationCheckTabs.java"))
      .withCheck(new InconsistentIndentationCheck())
      .verifyIssues();
  }

  @Test
  void tabs_count_before_the_spaces_that_follow_them() {
    CheckVerifier.newVerifier()
      .onFile(path("InconsistentIndentation/InconsistentIndentationCheckTabsThenSpaces.java"))
      .withCheck(new InconsistentIndentationCheck())
      .verifyIssues();
  }
}
