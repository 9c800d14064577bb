package org.sonarreview.rules.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonarreview.testing.TestFiles.path;

import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonarreview.testing.ConventionVerifier;

class DeclarationOrderCheckTest {

  private static final String MESSY = "DeclarationOrder/convention/Messy.java";
  private static final String FIELDS_FIRST = "DeclarationOrder/convention/FieldsFirstNeighbours.java";
  private static final String CONSTRUCTOR_FIRST = "DeclarationOrder/convention/ConstructorFirstNeighbours.java";
  private static final String SCHEMAS = "DeclarationOrder/convention/SchemaNeighbours.java";
  private static final String ORDER_SCHEMA = "DeclarationOrder/convention/OrderSchema.java";

  @Test
  void flags_a_class_that_goes_against_the_package_layout() {
    ConventionVerifier.verify(DeclarationOrderCheck::new, MESSY, FIELDS_FIRST);
  }

  @Test
  void the_same_class_is_in_order_where_the_project_puts_constructors_first() {
    assertThat(ConventionVerifier.analyse(DeclarationOrderCheck::new, MESSY, CONSTRUCTOR_FIRST)).isEmpty();
  }

  @Test
  void classes_of_the_same_name_suffix_share_a_layout_whatever_their_package_does() {
    ConventionVerifier.verify(DeclarationOrderCheck::new, ORDER_SCHEMA, SCHEMAS, FIELDS_FIRST);
  }

  @Test
  void invalid_order_falls_back_to_default() {
    ConventionVerifier.verify(conventions -> {
      DeclarationOrderCheck check = new DeclarationOrderCheck(conventions);
      check.order = "methods,fields";
      return check;
    }, MESSY, FIELDS_FIRST);
  }

  @Test
  void a_file_alone_sets_no_habit_from_a_few_classes() {
    CheckVerifier.newVerifier()
      .onFile(path("DeclarationOrder/DeclarationOrderCheck.java"))
      .withCheck(new DeclarationOrderCheck())
      .withJavaVersion(21)
      .verifyNoIssues();
  }
}
