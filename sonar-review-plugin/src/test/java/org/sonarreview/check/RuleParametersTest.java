package org.sonarreview.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleParametersTest {

  private final List<String> warnings = new ArrayList<>();
  private final RuleParameters parameters = new RuleParameters("SwallowedException", warnings::add);

  @Test
  void valid_regex_is_used_and_nothing_is_logged() {
    assertThat(parameters.regex("ignoredNames", "ignored?|expected", "_").matcher("ignore").matches()).isTrue();
    assertThat(warnings).isEmpty();
  }

  @Test
  void invalid_regex_names_rule_and_parameter_and_falls_back() {
    assertThat(parameters.regex("ignoredNames", "[unclosed", "ignored?").matcher("ignored").matches()).isTrue();
    assertThat(warnings).singleElement().asString()
      .startsWith("Rule review:SwallowedException: parameter 'ignoredNames' value '[unclosed' is not a valid regular expression")
      .endsWith("using the default 'ignored?' instead.");
  }

  @Test
  void empty_regex_matches_nothing() {
    assertThat(parameters.regex("sanitizers", "", "").matcher("").find()).isFalse();
  }

  @Test
  void negative_count_falls_back_to_default() {
    assertThat(parameters.atLeast("maxParameters", -1, 0, 7)).isEqualTo(7);
    assertThat(parameters.atLeast("maxParameters", 3, 0, 7)).isEqualTo(3);
    assertThat(warnings).singleElement().asString()
      .isEqualTo("Rule review:SwallowedException: parameter 'maxParameters' value '-1' must be at least 0; using the default '7' instead.");
  }

  @Test
  void word_lists_and_pairs() {
    assertThat(RuleParameters.words(" Data, obj ,,TMP ")).containsExactly("data", "obj", "tmp");
    assertThat(RuleParameters.names(" IOException, java.text.ParseException ,, ")).containsExactly("IOException", "java.text.ParseException");
    assertThat(parameters.pairs("abbreviations", "proj=project, cnt=count", "")).isEqualTo(Map.of("proj", "project", "cnt", "count"));
    assertThat(parameters.pairs("abbreviations", "proj=project,cnt", "mgr=manager")).isEqualTo(Map.of("mgr", "manager"));
    assertThat(warnings).singleElement().asString().contains("'abbreviations'").contains("word=expansion");
  }

  @Test
  void permutation_names_every_allowed_word_once() {
    List<String> allowed = List.of("fields", "methods", "types");
    assertThat(parameters.permutation("order", "Methods, fields,types", allowed, "fields,methods,types"))
      .containsExactly("methods", "fields", "types");
    assertThat(warnings).isEmpty();
    assertThat(parameters.permutation("order", "methods,methods,types", allowed, "fields,methods,types"))
      .containsExactly("fields", "methods", "types");
    assertThat(parameters.permutation("order", "fields,methods", allowed, "fields,methods,types"))
      .containsExactly("fields", "methods", "types");
    assertThat(warnings).hasSize(2).first().asString()
      .isEqualTo("Rule review:SwallowedException: parameter 'order' value 'methods,methods,types' must name each of "
        + "fields, methods, types exactly once; using the default 'fields,methods,types' instead.");
  }
}
