package org.sonarreview.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.fs.internal.DefaultInputFile;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;
import org.sonar.api.batch.rule.internal.ActiveRulesBuilder;
import org.sonar.api.batch.rule.internal.NewActiveRule;
import org.sonar.api.batch.sensor.internal.SensorContextTester;
import org.sonar.api.batch.sensor.issue.Issue;
import org.sonar.api.rule.RuleKey;

class ConventionsSensorTest {

  private static final String CONVENTION = "javadoc:methods:public";
  private static final String CODE = "package a;\npublic class A {\n  public void run() {\n    go();\n  }\n}\n";

  @TempDir
  Path baseDir;

  @Test
  void reports_the_deviations_of_active_rules_with_the_thresholds_of_the_active_rule() {
    SensorContextTester context = context("MissingJavadoc", "90", "3");
    ProjectConventions conventions = conventionsWithOneUndocumented(addFile(context, "A.java"), "MissingJavadoc", 9);
    new ConventionsSensor(conventions).execute(context);
    assertThat(context.allIssues()).extracting(ConventionsSensorTest::summary)
      .containsExactly("MissingJavadoc 3:14 Add a Javadoc comment: 90% of the 10 public methods in the project have Javadoc.");
  }

  @Test
  void a_share_above_the_habit_raises_nothing() {
    SensorContextTester context = context("MissingJavadoc", "95", "3");
    new ConventionsSensor(conventionsWithOneUndocumented(addFile(context, "A.java"), "MissingJavadoc", 9)).execute(context);
    assertThat(context.allIssues()).isEmpty();
  }

  @Test
  void invalid_thresholds_fall_back_to_the_defaults() {
    SensorContextTester context = context("MissingJavadoc", "150", "x");
    new ConventionsSensor(conventionsWithOneUndocumented(addFile(context, "A.java"), "MissingJavadoc", 9)).execute(context);
    // Defaults: 80% of at least 10 declarations.
    assertThat(context.allIssues()).hasSize(1);
  }

  @Test
  void inactive_rules_and_vanished_files_raise_nothing() {
    SensorContextTester context = context("DeclarationOrder", "80", "3");
    DefaultInputFile file = addFile(context, "A.java");
    new ConventionsSensor(conventionsWithOneUndocumented(file, "MissingJavadoc", 9)).execute(context);
    assertThat(context.allIssues()).isEmpty();

    SensorContextTester other = context("MissingJavadoc", "80", "3");
    ProjectConventions gone = new ProjectConventions();
    ConventionTally tally = new ConventionTally();
    tally.add(CONVENTION, Scopes.PROJECT, "have Javadoc", 9);
    gone.put("MissingJavadoc", "gone", new FileConventions(baseDir.resolve("Gone.java").toUri().toString(), tally,
      List.of(finding(new TextSpan(3, 14, 3, 17)))));
    new ConventionsSensor(gone).execute(other);
    assertThat(other.allIssues()).isEmpty();
  }

  private ProjectConventions conventionsWithOneUndocumented(DefaultInputFile file, String ruleKey, int documented) {
    ConventionTally tally = new ConventionTally();
    tally.add(CONVENTION, Scopes.PROJECT, "have Javadoc", documented);
    tally.add(CONVENTION, Scopes.PROJECT, "have no Javadoc", 1);
    ProjectConventions conventions = new ProjectConventions();
    conventions.put(ruleKey, file.key(), new FileConventions(file.uri().toString(), tally, List.of(finding(new TextSpan(3, 14, 3, 17)))));
    return conventions;
  }

  private static ConventionFinding finding(TextSpan span) {
    return new ConventionFinding(CONVENTION, List.of(Scopes.PROJECT), "have no Javadoc", "have Javadoc", "public methods",
      "Add a Javadoc comment", span);
  }

  private SensorContextTester context(String ruleKey, String share, String count) {
    SensorContextTester context = SensorContextTester.create(baseDir);
    context.setActiveRules(new ActiveRulesBuilder().addRule(new NewActiveRule.Builder()
      .setRuleKey(RuleKey.of("review", ruleKey))
      .setParam(ConventionThresholds.SHARE_PARAMETER, share)
      .setParam(ConventionThresholds.COUNT_PARAMETER, count)
      .build()).build());
    return context;
  }

  private DefaultInputFile addFile(SensorContextTester context, String relativePath) {
    DefaultInputFile file = TestInputFileBuilder.create("project", baseDir.toFile(), baseDir.resolve(relativePath).toFile())
      .setLanguage("java").setContents(CODE).setCharset(StandardCharsets.UTF_8).build();
    context.fileSystem().add(file);
    return file;
  }

  private static String summary(Issue issue) {
    return issue.ruleKey().rule() + " " + issue.primaryLocation().textRange().start().line() + ":"
      + issue.primaryLocation().textRange().start().lineOffset() + " " + issue.primaryLocation().message();
  }
}
