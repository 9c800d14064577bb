package org.sonarreview.rules.design;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;

import static org.sonarreview.testing.TestFiles.path;

class DeclarationOrderCheckTest {

  @Test
  void flags_one_member_per_misplaced_kind() {
    CheckVerifier.newVerifier()
      .onFile(path("DeclarationOrder/DeclarationOrderCheck.java"))
      .withCheck(new DeclarationOrderCheck())
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void invalid_order_falls_back_to_default() {
    DeclarationOrderCheck check = new DeclarationOrderCheck();
    check.order = "methods,fields";
    CheckVerifier.newVerifier()
      .onFile(path("DeclarationOrder/DeclarationOrderCheck.java"))
      .withCheck(check)
      .withJavaVersion(21)
      .verifyIssues();
  }

  @Test
  void custom_order() {
    DeclarationOrderCheck check = new DeclarationOrderCheck();
    check.order = "nestedTypes, instanceFields, staticFields, constructors, methods";
    CheckVerifier.newVerifier()
      .onFile(path("DeclarationOrder/DeclarationOrderCheckCustomOrder.java"))
      .withCheck(check)
      .verifyIssues();
  }
}
