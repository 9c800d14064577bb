package org.sonarreview.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConventionDecisionTest {

  private static final String PACKAGE = Scopes.ofPackage("org.x.api");
  private static final ConventionThresholds THRESHOLDS = new ConventionThresholds(80, 10);

  private static ConventionFinding undocumented(List<String> scopes, String expected) {
    return new ConventionFinding("javadoc", scopes, "have no Javadoc", expected, "public methods",
      "Add Javadoc to 'run()'", new TextSpan(3, 2, 3, 5));
  }

  @Test
  void a_deviation_from_a_large_enough_majority_is_reported_with_the_convention() {
    ConventionTally tally = new ConventionTally();
    tally.add("javadoc", PACKAGE, "have Javadoc", 49);
    tally.add("javadoc", PACKAGE, "have no Javadoc", 3);
    assertThat(ConventionDecision.decide(undocumented(List.of(PACKAGE), "have Javadoc"), tally, THRESHOLDS))
      .contains("Add Javadoc to 'run()': 94% of the 52 public methods in package 'org.x.api' have Javadoc.");
  }

  @Test
  void no_issue_below_the_share_or_the_count() {
    ConventionTally split = new ConventionTally();
    split.add("javadoc", PACKAGE, "have Javadoc", 7);
    split.add("javadoc", PACKAGE, "have no Javadoc", 3);
    assertThat(ConventionDecision.decide(undocumented(List.of(PACKAGE), "have Javadoc"), split, THRESHOLDS)).isEmpty();
    ConventionTally few = new ConventionTally();
    few.add("javadoc", PACKAGE, "have Javadoc", 8);
    few.add("javadoc", PACKAGE, "have no Javadoc", 1);
    assertThat(ConventionDecision.decide(undocumented(List.of(PACKAGE), "have Javadoc"), few, THRESHOLDS)).isEmpty();
  }

  @Test
  void the_narrowest_scope_with_enough_declarations_decides() {
    ConventionTally tally = new ConventionTally();
    // The package leaves its methods undocumented; the rest of the project documents them.
    tally.add("javadoc", PACKAGE, "have no Javadoc", 12);
    tally.add("javadoc", Scopes.PROJECT, "have Javadoc", 300);
    tally.add("javadoc", Scopes.PROJECT, "have no Javadoc", 12);
    assertThat(ConventionDecision.decide(undocumented(List.of(PACKAGE, Scopes.PROJECT), "have Javadoc"), tally, THRESHOLDS)).isEmpty();
    // A package too small to have a habit of its own follows the project.
    ConventionTally small = new ConventionTally();
    small.add("javadoc", PACKAGE, "have no Javadoc", 2);
    small.add("javadoc", Scopes.PROJECT, "have Javadoc", 300);
    small.add("javadoc", Scopes.PROJECT, "have no Javadoc", 2);
    assertThat(ConventionDecision.decide(undocumented(List.of(PACKAGE, Scopes.PROJECT), "have Javadoc"), small, THRESHOLDS))
      .contains("Add Javadoc to 'run()': 99% of the 302 public methods in the project have Javadoc.");
  }

  @Test
  void without_an_expected_answer_the_majority_is_the_convention() {
    ConventionTally tally = new ConventionTally();
    tally.add("order", Scopes.PROJECT, "put constructors before instance fields", 96);
    tally.add("order", Scopes.PROJECT, "put instance fields before constructors", 4);
    ConventionFinding fieldsFirst = new ConventionFinding("order", List.of(Scopes.PROJECT), "put instance fields before constructors", null,
      "classes with both", "Reorder", new TextSpan(1, 0, 1, 1));
    ConventionFinding constructorFirst = new ConventionFinding("order", List.of(Scopes.PROJECT), "put constructors before instance fields",
      null, "classes with both", "Reorder", new TextSpan(1, 0, 1, 1));
    assertThat(ConventionDecision.decide(fieldsFirst, tally, THRESHOLDS))
      .contains("Reorder: 96% of the 100 classes with both in the project put constructors before instance fields.");
    assertThat(ConventionDecision.decide(constructorFirst, tally, THRESHOLDS)).isEmpty();
  }

  @Test
  void percentages_round_down() {
    ConventionTally tally = new ConventionTally();
    tally.add("javadoc", PACKAGE, "have Javadoc", 199);
    tally.add("javadoc", PACKAGE, "have no Javadoc", 1);
    assertThat(ConventionDecision.decide(undocumented(List.of(PACKAGE), "have Javadoc"), tally, THRESHOLDS))
      .hasValueSatisfying(message -> assertThat(message).contains("99% of the 200"));
  }
}
