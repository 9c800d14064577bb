package org.sonarreview.rules.security;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class SqlInjectionCheckTest {

  @Test
  void flags_sql_built_from_non_constant_values() {
    CheckVerifier.newVerifier()
      .onFile(path("SqlInjection/SqlInjectionCheck.java"))
      .withCheck(new SqlInjectionCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void names_get_advice_for_names_and_values_keep_the_bind_parameter_advice() {
    CheckVerifier.newVerifier()
      .onFile(path("SqlInjection/SqlInjectionCheckNames.java"))
      .withCheck(new SqlInjectionCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void reports_only_parts_that_can_carry_outside_input_with_the_way_from_their_source() {
    CheckVerifier.newVerifier()
      .onFile(path("SqlInjection/SqlInjectionCheckProvenance.java"))
      .withCheck(new SqlInjectionCheck())
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void invalid_sanitizers_fall_back_to_the_default() {
    SqlInjectionCheck check = new SqlInjectionCheck();
    check.sanitizers = "(unclosed";
    CheckVerifier.newVerifier()
      .onFile(path("SqlInjection/SqlInjectionCheck.java"))
      .withCheck(check)
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void values_from_sanitizers_are_trusted() {
    SqlInjectionCheck check = new SqlInjectionCheck();
    check.sanitizers = "quote(Identifier|Literal)";
    CheckVerifier.newVerifier()
      .onFile(path("SqlInjection/SqlInjectionCheckSanitizers.java"))
      .withCheck(check)
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void silent_when_types_are_unknown() {
    CheckVerifier.newVerifier()
      .onFile(path("SqlInjection/SqlInjectionCheckUnknownTypes.java"))
      .withCheck(new SqlInjectionCheck())
      .withJavaVersion(21)
      .verifyNoIssues();
  }

  @Test
  void generated_code_is_skipped() {
    CheckVerifier.newVerifier()
      .onFile(path("SqlInjection/SqlInjectionCheckGenerated.java"))
      .withCheck(new SqlInjectionCheck())
      .withClassPath(testJars())
      .verifyNoIssues();
  }
}
