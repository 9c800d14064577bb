package org.sonarreview.rules.docs;

import org.junit.jupiter.api.Test;
import org.sonarreview.testing.ConventionVerifier;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonarreview.testing.TestFiles.path;

class IncompleteJavadocCheckTest {

  private static final String DRIFTED = "IncompleteJavadoc/convention/Drifted.java";

  @Test
  void every_tag_required_flags_missing_stale_and_empty_tags() {
    verify("IncompleteJavadoc/IncompleteJavadocCheck.java", strict(), 21);
  }

  @Test
  void suggests_the_inline_return_tag_only_from_java_16() {
    verify("IncompleteJavadoc/IncompleteJavadocCheckJava11.java", strict(), 11);
  }

  @Test
  void by_default_drift_is_flagged_and_missing_tags_follow_the_file_habit_without_a_project_view() {
    verify("IncompleteJavadoc/IncompleteJavadocCheckTagsPresent.java", new IncompleteJavadocCheck(), 21);
  }

  @Test
  void missing_return_throws_and_descriptions_are_flagged_where_the_package_writes_them() {
    ConventionVerifier.verify(IncompleteJavadocCheck::new, DRIFTED, "IncompleteJavadoc/convention/DescribedNeighbours.java");
  }

  @Test
  void the_same_javadocs_are_complete_where_the_package_writes_bare_parameter_tags_only() {
    assertThat(ConventionVerifier.analyse(IncompleteJavadocCheck::new, DRIFTED, "IncompleteJavadoc/convention/BareNeighbours.java"))
      .isEmpty();
  }

  private static IncompleteJavadocCheck strict() {
    IncompleteJavadocCheck check = new IncompleteJavadocCheck();
    check.onlyWhenTagsPresent = false;
    return check;
  }

  @Test
  void stays_silent_on_unknown_types() {
    CheckVerifier.newVerifier()
      .onFile(path("IncompleteJavadoc/IncompleteJavadocCheckUnknownTypes.java"))
      .withCheck(new IncompleteJavadocCheck())
      .verifyNoIssues();
  }

  private static void verify(String file, IncompleteJavadocCheck check, int javaVersion) {
    CheckVerifier.newVerifier()
      .onFile(path(file))
      .withCheck(check)
      .withJavaVersion(javaVersion)
      .verifyIssues();
  }
}
