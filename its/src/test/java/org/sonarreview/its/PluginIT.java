package org.sonarreview.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** The plugin as the server sees it: installed, its rules with their metadata, the profiles. */
@ExtendWith(ItExtension.class)
class PluginIT {

  private final ItContext its;

  PluginIT(ItContext its) {
    this.its = its;
  }

  @Test
  void plugin_is_installed_beside_sonarjava() {
    JsonNode plugins = its.api.get("/api/plugins/installed").path("plugins");
    Map<String, JsonNode> byKey = new HashMap<>();
    plugins.forEach(plugin -> byKey.put(plugin.path("key").asText(), plugin));
    assertThat(byKey).containsKeys("review", "java");
    assertThat(byKey.get("review").path("name").asText()).isEqualTo(its.plugin.manifest().getMainAttributes().getValue("Plugin-Name"));
    assertThat(byKey.get("review").path("version").asText()).isEqualTo(its.plugin.manifest().getMainAttributes().getValue("Plugin-Version"));
    assertThat(byKey.get("review").path("filename").asText()).isEqualTo(BuildInfo.pluginJar().getFileName().toString());
  }

  @Test
  void repository_review_lists_exactly_the_rules_of_the_jar() {
    Set<String> listed = keys(its.api.getAllPages("/api/rules/search", "rules", "repositories", "review"));
    Set<String> expected = its.plugin.rules().keySet().stream().map(key -> "review:" + key).collect(Collectors.toCollection(TreeSet::new));
    assertThat(listed).isEqualTo(expected);
    // Every JSON has its rule class, and every rule class its JSON.
    assertThat(its.ruleClasses.ruleKeys()).isEqualTo(its.plugin.rules().keySet());
  }

  @TestFactory
  Stream<DynamicTest> every_rule_shows_its_metadata() {
    return its.plugin.rules().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
      String key = entry.getKey();
      JsonNode json = entry.getValue();
      JsonNode rule = its.api.get("/api/rules/show", "key", "review:" + key).path("rule");

      assertThat(rule.path("repo").asText()).isEqualTo("review");
      assertThat(rule.path("lang").asText()).isEqualTo("java");
      assertThat(rule.path("name").asText()).isEqualTo(json.path("title").asText());
      assertThat(rule.path("type").asText()).isEqualTo(json.path("type").asText());
      assertThat(rule.path("status").asText()).isEqualTo(json.path("status").asText().toUpperCase(Locale.ROOT));
      assertThat(rule.path("isTemplate").asBoolean()).isFalse();

      // Tags: ours are system tags; "review" plus the category tag.
      assertThat(strings(rule.path("sysTags"))).isEqualTo(new TreeSet<>(strings(json.path("tags"))));
      assertThat(strings(rule.path("sysTags"))).contains("review").anyMatch(tag -> tag.startsWith("review-"));

      // Clean-code attribute and impacts. The server gives security hotspots neither, whatever the JSON says.
      Map<String, String> impacts = new HashMap<>();
      rule.path("impacts").forEach(impact -> impacts.put(impact.path("softwareQuality").asText(), impact.path("severity").asText()));
      if (its.plugin.isHotspot(key)) {
        assertThat(rule.path("cleanCodeAttribute").asText("")).as("clean-code attribute of hotspot %s", key).isEmpty();
        assertThat(impacts).as("impacts of hotspot %s", key).isEmpty();
      } else {
        assertThat(rule.path("cleanCodeAttribute").asText()).isEqualTo(json.path("code").path("attribute").asText());
        Map<String, String> expectedImpacts = new HashMap<>();
        json.path("code").path("impacts").properties().forEach(e -> expectedImpacts.put(e.getKey(), e.getValue().asText()));
        assertThat(impacts).isNotEmpty().isEqualTo(expectedImpacts);
      }

      // Parameters and their defaults, as the rule class declares them.
      Map<String, RuleClasses.Param> expectedParams = its.ruleClasses.params(key);
      Map<String, JsonNode> params = new HashMap<>();
      rule.path("params").forEach(param -> params.put(param.path("key").asText(), param));
      assertThat(params.keySet()).isEqualTo(expectedParams.keySet());
      expectedParams.forEach((paramKey, expected) -> {
        JsonNode param = params.get(paramKey);
        assertThat(param.path("defaultValue").asText("")).as("default of %s.%s", key, paramKey).isEqualTo(expected.defaultValue());
        assertThat(param.path("htmlDesc").asText()).as("description of %s.%s", key, paramKey).isNotBlank();
      });

      // Description sections, as SonarQube renders them.
      Map<String, String> sections = new HashMap<>();
      rule.path("descriptionSections").forEach(section -> sections.merge(section.path("key").asText(), section.path("content").asText(), String::concat));
      assertThat(sections).containsKeys("root_cause", "how_to_fix", "resources");
      assertThat(sections.values()).allSatisfy(content -> assertThat(content).isNotBlank());
      assertThat(sections.get("how_to_fix")).contains("data-diff-type=\"noncompliant\"").contains("data-diff-type=\"compliant\"");
      // Each text fragment of each section comes from the jar's HTML (the server drops headings such as "Code examples").
      String html = normalize(its.plugin.html(key).orElseThrow());
      sections.forEach((section, content) -> {
        for (String fragment : content.split("<[^>]*>")) {
          if (!fragment.isBlank()) {
            assertThat(html).as("section %s of %s comes from %s.html", section, key, key).contains(normalize(fragment));
          }
        }
      });
    }));
  }

  @Test
  void review_way_is_built_in_with_exactly_the_default_rules() {
    JsonNode profile = profile(its.plugin.profileName());
    assertThat(profile.path("isBuiltIn").asBoolean()).isTrue();
    Set<String> active = keys(its.api.getAllPages("/api/rules/search", "rules", "qprofile", profile.path("key").asText(), "activation", "true"));
    Set<String> expected = its.plugin.defaultRuleKeys().stream().map(key -> "review:" + key).collect(Collectors.toCollection(TreeSet::new));
    assertThat(active).isEqualTo(expected);
  }

  @Test
  void sonar_way_is_unchanged() {
    JsonNode sonarWay = profile("Sonar way");
    assertThat(sonarWay.path("isBuiltIn").asBoolean()).isTrue();
    assertThat(sonarWay.path("isDefault").asBoolean()).isTrue();
    String key = sonarWay.path("key").asText();
    assertThat(its.api.get("/api/rules/search", "qprofile", key, "activation", "true", "repositories", "review", "ps", "1").path("total").asInt())
      .as("rules of repository review in Sonar way").isZero();
    // The SonarJava rules ours overlap are still there: the overlap list names real Sonar way rules.
    for (String overlapped : overlappedRules()) {
      assertThat(its.api.get("/api/rules/search", "qprofile", key, "activation", "true", "rule_key", overlapped, "ps", "1").path("total").asInt())
        .as("%s active in Sonar way", overlapped).isEqualTo(1);
    }
  }

  @Test
  void combined_profile_is_sonar_way_minus_the_overlaps_plus_our_defaults() {
    JsonNode sonarWay = profile("Sonar way");
    JsonNode combined = profile(CombinedProfile.DEFAULT_NAME);
    assertThat(combined.path("isBuiltIn").asBoolean()).isFalse();
    Set<String> active = keys(its.api.getAllPages("/api/rules/search", "rules", "qprofile", combined.path("key").asText(), "activation", "true"));
    Set<String> expected = keys(its.api.getAllPages("/api/rules/search", "rules", "qprofile", sonarWay.path("key").asText(), "activation", "true"));
    expected.removeAll(its.plugin.overlappedBy(its.plugin.defaultRuleKeys()));
    its.plugin.defaultRuleKeys().forEach(key -> expected.add("review:" + key));
    assertThat(active).isEqualTo(expected);
  }

  private Set<String> overlappedRules() {
    return its.plugin.overlaps().values().stream().flatMap(List::stream).collect(Collectors.toCollection(TreeSet::new));
  }

  private JsonNode profile(String name) {
    for (JsonNode profile : its.api.get("/api/qualityprofiles/search", "language", "java").path("profiles")) {
      if (profile.path("name").asText().equals(name)) {
        return profile;
      }
    }
    throw new AssertionError("No Java profile named " + name);
  }

  private static Set<String> keys(List<JsonNode> rules) {
    return rules.stream().map(rule -> rule.path("key").asText()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String normalize(String html) {
    return html.replaceAll("\\s+", " ").strip();
  }
}
