package org.sonarreview.rules.persistence;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonarreview.testing.PersistenceVerifier;

import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class QueryLanguageMismatchCheckTest {

  @Test
  void flags_query_text_in_the_wrong_language_or_naming_unmapped_attributes_decided_over_the_whole_project() {
    PersistenceVerifier.verify(QueryLanguageMismatchCheck::new, "QueryLanguageMismatch/project/Clinic.java",
      "QueryLanguageMismatch/project/ClinicQueries.java", "QueryLanguageMismatch/project/PatientRepository.java");
  }

  @Test
  void without_a_project_view_the_file_own_entities_decide() {
    CheckVerifier.newVerifier()
      .onFile(path("QueryLanguageMismatch/QueryLanguageMismatchCheck.java"))
      .withCheck(new QueryLanguageMismatchCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }
}
