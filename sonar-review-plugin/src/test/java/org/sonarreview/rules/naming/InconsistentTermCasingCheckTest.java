package org.sonarreview.rules.naming;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class InconsistentTermCasingCheckTest {

  @Test
  void flags_the_minority_spelling_of_a_term() {
    CheckVerifier.newVerifier()
      .onFile(path("InconsistentTermCasing/InconsistentTermCasingCheck.java"))
      .withCheck(new InconsistentTermCasingCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void compares_the_author_spellings_and_leaves_vendor_and_constant_spellings_alone() {
    CheckVerifier.newVerifier()
      .onFile(path("InconsistentTermCasing/InconsistentTermCasingCheckSpellings.java"))
      .withCheck(new InconsistentTermCasingCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void method_and_type_names_spell_the_types_they_embed_as_those_types_do() {
    CheckVerifier.newVerifier()
      .onFile(path("InconsistentTermCasing/InconsistentTermCasingCheckEmbeddedTypes.java"))
      .withCheck(new InconsistentTermCasingCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void product_names_are_a_parameter() {
    InconsistentTermCasingCheck check = new InconsistentTermCasingCheck();
    check.productNames = "";
    CheckVerifier.newVerifier()
      .onFile(path("InconsistentTermCasing/InconsistentTermCasingCheckNoProducts.java"))
      .withCheck(check)
      .verifyIssues();
  }

  @Test
  void stays_silent_on_names_a_supertype_may_impose_when_the_hierarchy_is_unknown() {
    CheckVerifier.newVerifier()
      .onFile(path("InconsistentTermCasing/InconsistentTermCasingCheckUnknownTypes.java"))
      .withCheck(new InconsistentTermCasingCheck())
      .verifyIssues();
  }
}
