package org.sonarreview.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.tree.Tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleParameterTest {

  @Rule(key = "Sample")
  public static class SampleCheck extends ReviewCheck {

    @RuleProperty(key = "maxWords", description = "Longest comment (a whole number, 3 or more)", defaultValue = "12")
    public int maxWords;

    @RuleProperty(key = "ignoredNames", description = "Regular expression", defaultValue = "ignored?")
    public String ignoredNames;

    @RuleProperty(key = "stopWords", description = "Comma-separated words", defaultValue = "A, the,,")
    public String stopWords;

    @RuleProperty(key = "abbreviations", description = "Comma-separated pairs", defaultValue = "cnt=count")
    public String abbreviations;

    @RuleProperty(description = "A flag whose key is the field's name", defaultValue = "true")
    public boolean strict;

    final RuleParameter<Integer> wordsLimit = parameter("maxWords", ParameterType.atLeast(3));
    final RuleParameter<Pattern> ignored = parameter("ignoredNames", ParameterType.regex());
    final RuleParameter<Integer> stopWordCount = parameter("stopWords", ParameterType.words().map(List::size));
    final RuleParameter<Map<String, String>> expansions = parameter("abbreviations", ParameterType.pairs());

    @Override
    public List<Tree.Kind> nodesToVisit() {
      return List.of();
    }
  }

  @Rule(key = "UnknownKey")
  public static class UnknownKeyCheck extends ReviewCheck {
    final RuleParameter<Pattern> ignored = parameter("ignoredNames", ParameterType.regex());

    @Override
    public List<Tree.Kind> nodesToVisit() {
      return List.of();
    }
  }

  @Rule(key = "WrongFieldType")
  public static class WrongFieldTypeCheck extends ReviewCheck {
    @RuleProperty(key = "maxWords", defaultValue = "12")
    public int maxWords;

    final RuleParameter<Pattern> ignored = parameter("maxWords", ParameterType.regex());

    @Override
    public List<Tree.Kind> nodesToVisit() {
      return List.of();
    }
  }

  private final List<String> warnings = new ArrayList<>();
  private final SampleCheck check = new SampleCheck();

  private void resolve() {
    check.resolveParameters(new RuleParameters(check.ruleKey(), warnings::add));
  }

  @Test
  void fields_start_at_their_annotation_defaults() {
    assertThat(check.maxWords).isEqualTo(12);
    assertThat(check.ignoredNames).isEqualTo("ignored?");
    assertThat(check.stopWords).isEqualTo("A, the,,");
    assertThat(check.strict).isTrue();
  }

  @Test
  void defaults_are_read_like_any_value() {
    resolve();
    assertThat(check.wordsLimit.value()).isEqualTo(12);
    assertThat(check.ignored.value().matcher("ignore").matches()).isTrue();
    assertThat(check.stopWordCount.value()).isEqualTo(2);
    assertThat(check.expansions.value()).isEqualTo(Map.of("cnt", "count"));
    assertThat(warnings).isEmpty();
  }

  @Test
  void valid_values_are_used_and_nothing_is_logged() {
    check.maxWords = 3;
    check.ignoredNames = "tmp.*";
    check.stopWords = "";
    resolve();
    assertThat(check.wordsLimit.value()).isEqualTo(3);
    assertThat(check.ignored.value().matcher("tmpFile").matches()).isTrue();
    assertThat(check.ignored.value().matcher("ignored").matches()).isFalse();
    assertThat(check.stopWordCount.value()).isZero();
    assertThat(warnings).isEmpty();
  }

  @Test
  void invalid_number_is_logged_with_rule_and_parameter_and_replaced_by_the_default() {
    check.maxWords = 2;
    resolve();
    assertThat(check.wordsLimit.value()).isEqualTo(12);
    assertThat(warnings).containsExactly(
      "Rule review:Sample: parameter 'maxWords' value '2' must be at least 3; using the default '12' instead.");
  }

  @Test
  void invalid_regex_is_logged_with_rule_and_parameter_and_replaced_by_the_default() {
    check.ignoredNames = "[unclosed";
    resolve();
    assertThat(check.ignored.value().matcher("ignored").matches()).isTrue();
    assertThat(warnings).singleElement().asString()
      .startsWith("Rule review:Sample: parameter 'ignoredNames' value '[unclosed' is not a valid regular expression")
      .endsWith("; using the default 'ignored?' instead.");
  }

  @Test
  void invalid_pairs_are_logged_and_replaced_by_the_default() {
    check.abbreviations = "proj";
    resolve();
    assertThat(check.expansions.value()).isEqualTo(Map.of("cnt", "count"));
    assertThat(warnings).singleElement().asString().startsWith("Rule review:Sample: parameter 'abbreviations' value 'proj'");
  }

  @Test
  void parameters_are_checked_once_when_the_check_gets_its_first_file() {
    assertThatThrownBy(check.wordsLimit::value).isInstanceOf(IllegalStateException.class).hasMessageContaining("'maxWords'");
    check.maxWords = 5;
    check.setContext(null);
    check.maxWords = 6;
    check.setContext(null);
    assertThat(check.wordsLimit.value()).isEqualTo(5);
  }

  @Test
  void a_parameter_needs_a_rule_property_field_of_its_type() {
    assertThatThrownBy(UnknownKeyCheck::new).isInstanceOf(IllegalStateException.class)
      .hasMessage("No @RuleProperty field with key 'ignoredNames'");
    assertThatThrownBy(WrongFieldTypeCheck::new).isInstanceOf(IllegalStateException.class)
      .hasMessageContaining("'maxWords' is read as String").hasMessageContaining("WrongFieldTypeCheck.maxWords is int");
  }
}
