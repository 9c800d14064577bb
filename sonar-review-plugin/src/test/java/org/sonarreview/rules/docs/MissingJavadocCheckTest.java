package org.sonarreview.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonarreview.testing.TestFiles.path;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonarreview.testing.ConventionVerifier;

class MissingJavadocCheckTest {

  private static final String DOCUMENTED_PACKAGE = "MissingJavadoc/convention/DocumentedNeighbours.java";
  private static final String UNDOCUMENTED_PACKAGE = "MissingJavadoc/convention/UndocumentedNeighbours.java";

  @Test
  void flags_undocumented_public_api_where_the_package_documents_its_api() {
    ConventionVerifier.verify(MissingJavadocCheck::new, "MissingJavadoc/MissingJavadocCheck.java", DOCUMENTED_PACKAGE);
  }

  @Test
  void leaves_undocumented_api_alone_where_the_package_does_not_document_it() {
    assertThat(ConventionVerifier.analyse(MissingJavadocCheck::new, "MissingJavadoc/MissingJavadocCheck.java", UNDOCUMENTED_PACKAGE))
      .isEmpty();
  }

  @Test
  void invalid_minimum_statements_falls_back_to_the_default() {
    ConventionVerifier.verify(conventions -> {
      MissingJavadocCheck check = new MissingJavadocCheck(conventions);
      check.minimumStatements = -1;
      return check;
    }, "MissingJavadoc/MissingJavadocCheck.java", DOCUMENTED_PACKAGE);
  }

  @Test
  void zero_statements_and_accessors_included() {
    ConventionVerifier.verify(conventions -> {
      MissingJavadocCheck check = new MissingJavadocCheck(conventions);
      check.minimumStatements = 0;
      check.ignoreAccessors = false;
      return check;
    }, "MissingJavadoc/MissingJavadocCheckCustom.java", DOCUMENTED_PACKAGE);
  }

  @Test
  void without_a_project_view_the_file_is_the_convention() {
    verify("MissingJavadoc/MissingJavadocCheckSingleFile.java", new MissingJavadocCheck());
  }

  @Test
  void stays_silent_when_an_unknown_supertype_may_document_the_method() {
    assertThat(ConventionVerifier.analyse(MissingJavadocCheck::new, "MissingJavadoc/MissingJavadocCheckUnknownTypes.java",
      DOCUMENTED_PACKAGE)).isEmpty();
  }

  @Test
  void a_module_exported_api_needs_javadoc_whatever_the_habit() {
    verify("MissingJavadoc/modular/com/acme/api/Exported.java", new MissingJavadocCheck());
    CheckVerifier.newVerifier()
      .onFiles(path("MissingJavadoc/modular/com/acme/internal/Hidden.java"), path("MissingJavadoc/modular/com/acme/friends/Friend.java"))
      .withCheck(new MissingJavadocCheck())
      .verifyNoIssues();
  }

  @Test
  void skips_adapters_written_by_xjc() {
    assertThat(ConventionVerifier.analyse(MissingJavadocCheck::new, "MissingJavadoc/xjc/Adapter1.java", DOCUMENTED_PACKAGE)).isEmpty();
  }

  @Test
  void flags_hand_written_adapters() {
    ConventionVerifier.verify(MissingJavadocCheck::new, "MissingJavadoc/xjc/Adapter2.java", DOCUMENTED_PACKAGE);
  }

  private static void verify(String file, MissingJavadocCheck check) {
    CheckVerifier.newVerifier()
      .onFile(path(file))
      .withCheck(check)
      .withJavaVersion(21)
      .verifyIssues();
  }
}
