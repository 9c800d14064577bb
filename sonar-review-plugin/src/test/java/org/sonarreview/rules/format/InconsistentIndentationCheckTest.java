package org.sonarreview.rules.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonarreview.testing.TestFiles.path;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonarreview.testing.ConventionVerifier;

class InconsistentIndentationCheckTest {

  private static final String DISPATCHER = "InconsistentIndentation/convention/Dispatcher.java";
  private static final String LABEL_COLUMN_PROJECT = "InconsistentIndentation/convention/LabelColumnCodes.java";
  private static final String INDENTED_PROJECT = "InconsistentIndentation/convention/IndentedCodes.java";

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

  @Test
  void flags_an_indented_case_body_where_the_project_keeps_them_at_the_label() {
    ConventionVerifier.verify(InconsistentIndentationCheck::new, DISPATCHER, LABEL_COLUMN_PROJECT);
  }

  @Test
  void the_same_case_body_is_fine_where_the_project_indents_them() {
    assertThat(ConventionVerifier.analyse(InconsistentIndentationCheck::new, DISPATCHER, INDENTED_PROJECT)).isEmpty();
  }

  @Test
  void breaks_and_other_statements_under_case_labels_have_habits_of_their_own() {
    ConventionVerifier.verify(InconsistentIndentationCheck::new, "InconsistentIndentation/convention/BreaksAtLabel.java");
  }

  @Test
  void without_a_project_view_the_file_is_the_convention() {
    CheckVerifier.newVerifier()
      .onFile(path("InconsistentIndentation/InconsistentIndentationCheckCases.java"))
      .withCheck(new InconsistentIndentationCheck())
      .withJavaVersion(21)
      .verifyIssues();
  }
}
