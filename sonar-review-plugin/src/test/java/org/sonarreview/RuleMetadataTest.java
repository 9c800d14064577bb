package org.sonarreview;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule ships complete metadata: the build fails on a missing file, section, example, impact or tag. */
class RuleMetadataTest {

  private static final Set<String> TYPES = Set.of("CODE_SMELL", "SECURITY_HOTSPOT", "BUG");
  private static final Set<String> CATEGORIES = Set.of("review-security", "review-naming", "review-types", "review-docs",
    "review-design", "review-persistence", "review-errors", "review-unused", "review-format", "review-comments");
  private static final Pattern DIFF = Pattern.compile("<pre data-diff-id=\"(\\d+)\" data-diff-type=\"(noncompliant|compliant)\">");

  static List<RuleMetadata> rules() {
    return RuleMetadata.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void html_has_the_three_sections_in_order(RuleMetadata rule) {
    String html = rule.html();
    int why = html.indexOf("<h2>Why is this an issue?</h2>");
    int how = html.indexOf("<h2>How to fix it</h2>");
    int resources = html.indexOf("<h2>Resources</h2>");
    assertThat(why).as(rule.key() + ": 'Why is this an issue?' section").isGreaterThanOrEqualTo(0);
    assertThat(how).as(rule.key() + ": 'How to fix it' after 'Why'").isGreaterThan(why);
    assertThat(resources).as(rule.key() + ": 'Resources' after 'How to fix it'").isGreaterThan(how);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void how_to_fix_holds_a_noncompliant_and_compliant_pair(RuleMetadata rule) {
    String html = rule.html();
    String howToFix = html.substring(html.indexOf("<h2>How to fix it</h2>"), html.indexOf("<h2>Resources</h2>"));
    Matcher matcher = DIFF.matcher(howToFix);
    Set<String> noncompliant = new java.util.HashSet<>();
    Set<String> compliant = new java.util.HashSet<>();
    while (matcher.find()) {
      (matcher.group(2).equals("noncompliant") ? noncompliant : compliant).add(matcher.group(1));
    }
    assertThat(noncompliant).as(rule.key() + ": noncompliant examples").isNotEmpty();
    assertThat(compliant).as(rule.key() + ": every noncompliant example has its compliant pair").isEqualTo(noncompliant);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void exceptions_have_their_own_heading_and_no_quick_fix_is_promised(RuleMetadata rule) {
    assertThat(rule.html()).as(rule.key() + ": exceptions heading").contains("<h3>Exceptions</h3>");
    assertThat(rule.html()).as(rule.key() + ": says SonarLint has no quick fix").contains("no quick fix");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void json_has_type_status_impacts_and_tags(RuleMetadata rule) {
    JsonObject json = rule.json();
    assertThat(json.get("title").getAsString()).isNotBlank();
    assertThat(TYPES).contains(json.get("type").getAsString());
    assertThat(json.get("status").getAsString()).isIn("ready", "beta");
    assertThat(json.has("remediation")).as(rule.key() + ": remediation").isTrue();
    assertThat(json.get("defaultSeverity").getAsString()).isNotBlank();
    JsonObject code = json.getAsJsonObject("code");
    assertThat(code).as(rule.key() + ": code attribute and impacts").isNotNull();
    assertThat(code.get("attribute").getAsString()).isNotBlank();
    assertThat(code.getAsJsonObject("impacts").size()).as(rule.key() + ": impacts").isPositive();
    assertThat(rule.tags()).as(rule.key() + ": tags").contains("review").hasSize(2);
    assertThat(CATEGORIES).as(rule.key() + ": category tag").contains(rule.categoryTag());
    if (json.get("status").getAsString().equals("beta")) {
      assertThat(rule.html()).as(rule.key() + ": a BETA rule says it is heuristic").containsIgnoringCase("beta");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void json_scope_matches_the_registration(RuleMetadata rule) {
    boolean main = RuleList.mainChecks().contains(rule.checkClass());
    boolean test = RuleList.testChecks().contains(rule.checkClass());
    String expected = main && test ? "All" : (main ? "Main" : "Tests");
    assertThat(rule.json().get("scope").getAsString()).as(rule.key() + ": scope").isEqualTo(expected);
  }

  @Test
  void profile_lists_only_existing_rules() {
    Set<String> keys = rules().stream().map(RuleMetadata::key).collect(Collectors.toSet());
    assertThat(keys).containsAll(RuleMetadata.profileKeys());
  }

  @Test
  void every_description_file_belongs_to_a_rule() throws IOException {
    Set<String> keys = rules().stream().map(RuleMetadata::key).collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(Path.of("../rule-descriptions/rules"))) {
      Set<String> described = files.map(path -> path.getFileName().toString())
        .filter(name -> !name.equals("Review_way_profile.json"))
        .map(name -> name.substring(0, name.lastIndexOf('.')))
        .collect(Collectors.toSet());
      assertThat(described).isEqualTo(keys);
    }
  }
}
