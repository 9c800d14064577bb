package org.sonarreview.rules.docs;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;

class IncompleteJavadocCheckTest {

  @Test
  void flags_missing_stale_and_empty_tags() {
    verify("IncompleteJavadoc/IncompleteJavadocCheck.java", new IncompleteJavadocCheck(), 21);
  }

  @Test
  void suggests_the_inline_return_tag_only_from_java_16() {
    verify("IncompleteJavadoc/IncompleteJavadocCheckJava11.java", new IncompleteJavadocCheck(), 11);
  }

  @Test
  void only_when_tags_present() {
    IncompleteJavadocCheck check = new IncompleteJavadocCheck();
    check.onlyWhenTagsPresent = true;
    verify("IncompleteJavadoc/IncompleteJavadocCheckTagsPresent.java", check, 21);
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
