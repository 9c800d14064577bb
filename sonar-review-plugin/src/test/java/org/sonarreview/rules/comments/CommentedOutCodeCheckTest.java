package org.sonarreview.rules.comments;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;

class CommentedOutCodeCheckTest {

  @Test
  void flags_comments_that_parse_as_java() {
    CheckVerifier.newVerifier()
      .onFile(path("CommentedOutCode/CommentedOutCodeCheck.java"))
      .withCheck(new CommentedOutCodeCheck())
      .withJavaVersion(23)
      .verifyIssues();
  }

  @Test
  void works_on_test_code_without_semantic_information() {
    CheckVerifier.newVerifier()
      .onFile(path("CommentedOutCode/CommentedOutCodeCheck.java"))
      .withCheck(new CommentedOutCodeCheck())
      .withoutSemantic()
      .withJavaVersion(23)
      .verifyIssues();
  }

  @Test
  void suppressed_by_review_key_and_generated_code_skipped() {
    CheckVerifier.newVerifier()
      .onFile(path("CommentedOutCode/CommentedOutCodeCheckSuppressed.java"))
      .withCheck(new CommentedOutCodeCheck())
      .verifyNoIssues();
    CheckVerifier.newVerifier()
      .onFile(path("CommentedOutCode/CommentedOutCodeCheckMethodSuppressed.java"))
      .withCheck(new CommentedOutCodeCheck())
      .verifyIssues();
  }
}
