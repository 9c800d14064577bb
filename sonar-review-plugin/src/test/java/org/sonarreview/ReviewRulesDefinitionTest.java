package org.sonarreview;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sonar.api.SonarEdition;
import org.sonar.api.SonarQubeSide;
import org.sonar.api.impl.server.RulesDefinitionContext;
import org.sonar.api.internal.SonarRuntimeImpl;
import org.sonar.api.issue.impact.Severity;
import org.sonar.api.issue.impact.SoftwareQuality;
import org.sonar.api.rule.RuleScope;
import org.sonar.api.rules.CleanCodeAttribute;
import org.sonar.api.rules.RuleType;
import org.sonar.api.server.rule.RulesDefinition;
import org.sonar.api.utils.Version;
import org.sonarsource.analyzer.commons.BuiltInQualityProfileJsonLoader;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewRulesDefinitionTest {

  private static RulesDefinition.Repository repository() {
    RulesDefinitionContext context = new RulesDefinitionContext();
    new ReviewRulesDefinition(SonarRuntimeImpl.forSonarQube(Version.create(10, 8), SonarQubeSide.SERVER, SonarEdition.COMMUNITY))
      .define(context);
    return context.repository("review");
  }

  @Test
  void repository_holds_every_check_for_java() {
    RulesDefinition.Repository repository = repository();
    assertThat(repository.name()).isEqualTo("Review");
    assertThat(repository.language()).isEqualTo("java");
    assertThat(repository.rules()).hasSize(RuleList.allChecks().size());
  }

  @Test
  void default_activation_comes_from_the_profile_json() {
    Set<String> profileKeys = BuiltInQualityProfileJsonLoader.loadActiveKeysFromJsonProfile(ReviewRulesDefinition.PROFILE_PATH);
    Set<String> activeByDefault = repository().rules().stream()
      .filter(RulesDefinition.Rule::activatedByDefault)
      .map(RulesDefinition.Rule::key)
      .collect(Collectors.toSet());
    assertThat(activeByDefault).isEqualTo(profileKeys);
  }

  @Test
  void unused_import_metadata() {
    RulesDefinition.Rule rule = repository().rule("UnusedImport");
    assertThat(rule.name()).isEqualTo("Unused imports should be removed");
    assertThat(rule.type()).isEqualTo(RuleType.CODE_SMELL);
    assertThat(rule.scope()).isEqualTo(RuleScope.ALL);
    assertThat(rule.tags()).containsExactlyInAnyOrder("review", "review-unused");
    assertThat(rule.cleanCodeAttribute()).isEqualTo(CleanCodeAttribute.CLEAR);
    assertThat(rule.defaultImpacts()).containsEntry(SoftwareQuality.MAINTAINABILITY, Severity.LOW);
    assertThat(rule.ruleDescriptionSections()).extracting(section -> section.getKey())
      .contains("root_cause", "how_to_fix", "resources");
  }

  @Test
  void sql_injection_is_a_hotspot_with_security_standards() {
    RulesDefinition.Rule rule = repository().rule("SqlInjection");
    assertThat(rule.type()).isEqualTo(RuleType.SECURITY_HOTSPOT);
    assertThat(rule.securityStandards()).contains("cwe:89", "owaspTop10-2021:a3");
    assertThat(rule.scope()).isEqualTo(RuleScope.MAIN);
  }

  @Test
  void parameters_come_from_rule_properties() {
    RulesDefinition.Rule rule = repository().rule("ComplexMethodSignature");
    assertThat(rule.scope()).isEqualTo(RuleScope.MAIN);
    assertThat(rule.params()).extracting(RulesDefinition.Param::key, RulesDefinition.Param::defaultValue)
      .containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("maxParameters", "7"),
        org.assertj.core.groups.Tuple.tuple("maxBooleanParameters", "1"),
        org.assertj.core.groups.Tuple.tuple("maxSameTypeRun", "3"));
    assertThat(rule.params()).allSatisfy(param -> assertThat(param.description()).contains("whole number"));
  }
}
