package org.sonarreview.rules.docs;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;

class MissingJavadocCheckTest {

  @Test
  void flags_undocumented_public_api() {
    verify("MissingJavadoc/MissingJavadocCheck.java", new MissingJavadocCheck());
  }

  @Test
  void invalid_minimum_statements_falls_back_to_the_default() {
    MissingJavadocCheck check = new MissingJavadocCheck();
    check.minimumStatements = -1;
    verify("MissingJavadoc/MissingJavadocCheck.java", check);
  }

  @Test
  void zero_statements_and_accessors_included() {
    MissingJavadocCheck check = new MissingJavadocCheck();
    check.minimumStatements = 0;
    check.ignoreAccessors = false;
    verify("MissingJavadoc/MissingJavadocCheckCustom.java", check);
  }

  @Test
  void stays_silent_when_an_unknown_supertype_may_document_the_method() {
    CheckVerifier.newVerifier()
      .onFile(path("MissingJavadoc/MissingJavadocCheckUnknownTypes.java"))
      .withCheck(new MissingJavadocCheck())
      .verifyNoIssues();
  }

  @Test
  void only_exported_packages_count_in_a_module() {
    verify("MissingJavadoc/modular/com/acme/api/Exported.java", new MissingJavadocCheck());
    CheckVerifier.newVerifier()
      .onFiles(path("MissingJavadoc/modular/com/acme/internal/Hidden.java"), path("MissingJavadoc/modular/com/acme/friends/Friend.java"))
      .withCheck(new MissingJavadocCheck())
      .verifyNoIssues();
  }

  @Test
  void skips_adapters_written_by_xjc() {
    CheckVerifier.newVerifier()
      .onFile(path("MissingJavadoc/xjc/Adapter1.java"))
      .withCheck(new MissingJavadocCheck())
      .verifyNoIssues();
  }

  @Test
  void flags_hand_written_adapters() {
    verify("MissingJavadoc/xjc/Adapter2.java", new MissingJavadocCheck());
  }

  private static void verify(String file, MissingJavadocCheck check) {
    CheckVerifier.newVerifier()
      .onFile(path(file))
      .withCheck(check)
      .withJavaVersion(21)
      .verifyIssues();
  }
}
