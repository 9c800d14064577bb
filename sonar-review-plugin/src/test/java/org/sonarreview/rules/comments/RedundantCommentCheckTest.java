package org.sonarreview.rules.comments;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonarreview.testing.TestFiles.path;

class RedundantCommentCheckTest {

  @Test
  void flags_comments_that_repeat_the_next_statement() {
    CheckVerifier.newVerifier()
      .onFile(path("RedundantComment/RedundantCommentCheck.java"))
      .withCheck(new RedundantCommentCheck())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void invalid_parameters_fall_back_to_defaults() {
    RedundantCommentCheck check = new RedundantCommentCheck();
    check.maxNewWords = -1;
    check.maxWords = 1;
    CheckVerifier.newVerifier()
      .onFile(path("RedundantComment/RedundantCommentCheck.java"))
      .withCheck(check)
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void folds_plurals_only() {
    assertThat(RedundantCommentCheck.singular("tables")).isEqualTo("table");
    assertThat(RedundantCommentCheck.singular("entries")).isEqualTo("entry");
    assertThat(RedundantCommentCheck.singular("boxes")).isEqualTo("box");
    assertThat(RedundantCommentCheck.singular("classes")).isEqualTo("class");
    assertThat(RedundantCommentCheck.singular("cases")).isEqualTo("case");
    assertThat(RedundantCommentCheck.singular("status")).isEqualTo("status");
    assertThat(RedundantCommentCheck.singular("general")).isEqualTo("general");
    assertThat(RedundantCommentCheck.singular("generate")).isEqualTo("generate");
  }

  @Test
  void the_description_publishes_the_stop_words() throws Exception {
    String html = java.nio.file.Files.readString(java.nio.file.Path.of("../rule-descriptions/rules/RedundantComment.html"));
    RedundantCommentCheck.STOP_WORDS.forEach(word -> assertThat(html).contains("<code>" + word + "</code>"));
  }
}
