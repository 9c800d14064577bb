package org.sonarreview.rules.unused;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;

class UnusedImportCheckTest {

  @Test
  void flags_unused_duplicate_and_redundant_imports() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedImport/UnusedImportCheck.java"))
      .withCheck(new UnusedImportCheck())
      .withJavaVersion(23)
      .verifyIssues();
  }

  @Test
  void works_without_semantic_information() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedImport/UnusedImportCheck.java"))
      .withCheck(new UnusedImportCheck())
      .withoutSemantic()
      .verifyIssues();
  }

  @Test
  void file_without_package() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedImport/UnusedImportCheckModule.java"))
      .withCheck(new UnusedImportCheck())
      .verifyIssues();
  }

  @Test
  void suppressed_by_review_key_on_the_top_level_type() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedImport/UnusedImportCheckSuppressedReview.java"))
      .withCheck(new UnusedImportCheck())
      .verifyNoIssues();
  }

  @Test
  void suppressed_by_javac_unused_key() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedImport/UnusedImportCheckSuppressedJavac.java"))
      .withCheck(new UnusedImportCheck())
      .verifyNoIssues();
  }

  @Test
  void suppression_of_another_rule_does_not_apply() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedImport/UnusedImportCheckOtherSuppression.java"))
      .withCheck(new UnusedImportCheck())
      .verifyIssues();
  }

  @Test
  void files_with_a_generated_header_are_skipped() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedImport/UnusedImportCheckGeneratedHeader.java"))
      .withCheck(new UnusedImportCheck())
      .verifyNoIssues();
  }

  @Test
  void suppressed_by_all() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedImport/UnusedImportCheckSuppressedAll.java"))
      .withCheck(new UnusedImportCheck())
      .verifyNoIssues();
  }

  @Test
  void generated_code_is_skipped() {
    CheckVerifier.newVerifier()
      .onFile(path("UnusedImport/UnusedImportCheckGenerated.java"))
      .withCheck(new UnusedImportCheck())
      .verifyNoIssues();
  }
}
