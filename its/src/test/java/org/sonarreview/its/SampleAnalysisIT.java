package org.sonarreview.its;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sonarreview.its.Expectations.Finding;
import org.sonarreview.its.Expectations.QuietFile;

/**
 * The sample project analysed with "Sonar way + Review": exactly the expected issues and hotspots of repository review
 * (src/test/resources/org/sonarreview/its/sample-*.tsv), suppressions, generated code, measures and the quality gate.
 */
@ExtendWith(ItExtension.class)
class SampleAnalysisIT {

  private final ItContext its;

  SampleAnalysisIT(ItContext its) {
    this.its = its;
    its.sample();
  }

  @Test
  void exactly_the_expected_issues_are_raised() {
    Set<String> actual = asLines(its.reviewIssues(ItContext.SAMPLE_KEY), "rule");
    Set<String> expected = expectedLines("sample-issues.tsv");
    assertThat(actual).as("issues of repository review (rule, file, line, message)").isEqualTo(expected);
  }

  @Test
  void hotspot_rules_raise_hotspots_not_issues() {
    List<JsonNode> hotspots = its.api.getAllPages("/api/hotspots/search", "hotspots", "project", ItContext.SAMPLE_KEY).stream()
      .filter(hotspot -> hotspot.path("ruleKey").asText().startsWith("review:")).toList();
    assertThat(asLines(hotspots, "ruleKey")).as("hotspots of repository review").isEqualTo(expectedLines("sample-hotspots.tsv"));
    assertThat(its.reviewIssues(ItContext.SAMPLE_KEY))
      .noneMatch(issue -> its.plugin.isHotspot(ruleKey(issue.path("rule").asText())));
  }

  @Test
  void issues_and_hotspots_carry_their_secondary_locations_across_files() {
    Map<String, Set<String>> expected = new HashMap<>();
    Expectations.secondaries("sample-secondaries.tsv")
      .forEach(secondary -> expected.computeIfAbsent(secondary.issue(), k -> new TreeSet<>()).add(secondary.location()));
    Map<String, Set<String>> actual = new HashMap<>();
    for (JsonNode issue : its.reviewIssues(ItContext.SAMPLE_KEY)) {
      String key = ruleKey(issue.path("rule").asText()) + "\t" + ItContext.file(issue) + "\t" + issue.path("line").asInt();
      if (expected.containsKey(key)) {
        actual.put(key, locations(issue));
      }
    }
    for (JsonNode hotspot : its.api.getAllPages("/api/hotspots/search", "hotspots", "project", ItContext.SAMPLE_KEY)) {
      String key = ruleKey(hotspot.path("ruleKey").asText()) + "\t" + ItContext.file(hotspot) + "\t" + hotspot.path("line").asInt();
      if (expected.containsKey(key)) {
        actual.put(key, locations(its.api.get("/api/hotspots/show", "hotspot", hotspot.path("key").asText())));
      }
    }
    assertThat(actual).as("secondary locations (file, line, message) of the findings in sample-secondaries.tsv").isEqualTo(expected);
  }

  /** The secondary locations of an issue or hotspot: every location of its flows, as file, line and message. */
  private static Set<String> locations(JsonNode finding) {
    Set<String> locations = new TreeSet<>();
    for (JsonNode flow : finding.path("flows")) {
      for (JsonNode location : flow.path("locations")) {
        String component = location.path("component").asText();
        String file = component.substring(component.lastIndexOf(':') + 1);
        locations.add(file + "\t" + location.path("textRange").path("startLine").asInt() + "\t" + location.path("msg").asText());
      }
    }
    return locations;
  }

  @Test
  void every_rule_has_an_expectation_in_the_sample() {
    Set<String> covered = new TreeSet<>();
    Expectations.findings("sample-issues.tsv").forEach(finding -> covered.add(finding.rule()));
    Expectations.findings("sample-hotspots.tsv").forEach(finding -> covered.add(finding.rule()));
    assertThat(covered).as("rules with at least one expected finding in the sample").isEqualTo(its.plugin.rules().keySet());
    its.plugin.rules().keySet().forEach(key -> {
      boolean hotspot = its.plugin.isHotspot(key);
      assertThat(Expectations.findings(hotspot ? "sample-issues.tsv" : "sample-hotspots.tsv"))
        .as("%s is listed in the wrong file for a %s", key, hotspot ? "hotspot" : "code smell")
        .noneMatch(finding -> finding.rule().equals(key));
    });
  }

  @Test
  void suppressed_generated_and_clean_files_get_nothing() {
    List<JsonNode> issues = its.reviewIssues(ItContext.SAMPLE_KEY);
    for (QuietFile quiet : Expectations.quietFiles("sample-quiet-files.tsv")) {
      assertThat(Files.isRegularFile(its.sample().resolve(quiet.file()))).as("%s exists", quiet.file()).isTrue();
      // The file was analysed: the server knows it, with lines of code.
      JsonNode measures = its.api.get("/api/measures/component", "component", ItContext.SAMPLE_KEY + ":" + quiet.file(), "metricKeys", "ncloc");
      assertThat(measures.path("component").path("measures").path(0).path("value").asInt()).as("ncloc of %s", quiet.file()).isPositive();
      assertThat(issues).as("%s (%s)", quiet.file(), quiet.reason())
        .noneMatch(issue -> ItContext.file(issue).equals(quiet.file()) || ItContext.file(issue).startsWith(quiet.file() + "/"));
    }
  }

  @Test
  void measures_reflect_the_issues() {
    Map<String, String> measures = measures(ItContext.SAMPLE_KEY, "ncloc", "violations", "code_smells", "vulnerabilities", "bugs",
      "software_quality_maintainability_issues", "security_hotspots");
    assertThat(Integer.parseInt(measures.get("ncloc"))).isPositive();
    int all = total("/api/issues/search", "components", ItContext.SAMPLE_KEY, "resolved", "false");
    int codeSmells = total("/api/issues/search", "components", ItContext.SAMPLE_KEY, "resolved", "false", "types", "CODE_SMELL");
    int vulnerabilities = total("/api/issues/search", "components", ItContext.SAMPLE_KEY, "resolved", "false", "types", "VULNERABILITY");
    assertThat(Integer.parseInt(measures.get("violations"))).isEqualTo(all).isGreaterThanOrEqualTo(Expectations.findings("sample-issues.tsv").size());
    assertThat(Integer.parseInt(measures.get("code_smells"))).isEqualTo(codeSmells);
    assertThat(Integer.parseInt(measures.get("vulnerabilities"))).isEqualTo(vulnerabilities);
    // The software-quality measures, where this version has them.
    if (measures.containsKey("software_quality_maintainability_issues")) {
      int maintainability = total("/api/issues/search", "components", ItContext.SAMPLE_KEY, "resolved", "false",
        "impactSoftwareQualities", "MAINTAINABILITY");
      assertThat(Integer.parseInt(measures.get("software_quality_maintainability_issues"))).isEqualTo(maintainability);
    }
    int hotspots = its.api.getAllPages("/api/hotspots/search", "hotspots", "project", ItContext.SAMPLE_KEY).size();
    assertThat(Integer.parseInt(measures.getOrDefault("security_hotspots", "0"))).isEqualTo(hotspots);
  }

  @Test
  void overall_quality_gate_fails() {
    JsonNode status = its.api.get("/api/qualitygates/project_status", "projectKey", ItContext.SAMPLE_KEY).path("projectStatus");
    assertThat(status.path("status").asText()).isEqualTo("ERROR");
    assertThat(conditionStatus(status, "violations")).isEqualTo("ERROR");
  }

  @Test
  void reanalysing_the_unchanged_project_gives_the_same_issues() {
    List<JsonNode> before = its.reviewIssues(ItContext.SAMPLE_KEY);
    its.analyse(its.sample(), ItContext.SAMPLE_KEY, "sample-again");
    List<JsonNode> after = its.reviewIssues(ItContext.SAMPLE_KEY);
    assertThat(asLines(after, "rule")).isEqualTo(asLines(before, "rule"));
    // The same issues, tracked: not closed and re-created.
    assertThat(keys(after)).isEqualTo(keys(before));
  }

  private Set<String> keys(List<JsonNode> issues) {
    return issues.stream().map(issue -> issue.path("key").asText()).collect(Collectors.toCollection(TreeSet::new));
  }

  static String conditionStatus(JsonNode projectStatus, String metric) {
    for (JsonNode condition : projectStatus.path("conditions")) {
      if (condition.path("metricKey").asText().equals(metric)) {
        return condition.path("status").asText();
      }
    }
    throw new AssertionError("No condition on " + metric + " in " + projectStatus);
  }

  private Map<String, String> measures(String component, String... metrics) {
    Map<String, String> values = new HashMap<>();
    its.api.get("/api/measures/component", "component", component, "metricKeys", String.join(",", metrics))
      .path("component").path("measures").forEach(measure -> values.put(measure.path("metric").asText(), measure.path("value").asText()));
    return values;
  }

  private int total(String path, String... parameters) {
    String[] withSize = java.util.Arrays.copyOf(parameters, parameters.length + 2);
    withSize[parameters.length] = "ps";
    withSize[parameters.length + 1] = "1";
    JsonNode response = its.api.get(path, withSize);
    return response.path("paging").path("total").asInt(response.path("total").asInt());
  }

  private static String ruleKey(String rule) {
    return rule.substring(rule.indexOf(':') + 1);
  }

  private static Set<String> asLines(List<JsonNode> findings, String ruleField) {
    return findings.stream()
      .map(finding -> new Finding(ruleKey(finding.path(ruleField).asText()), ItContext.file(finding), finding.path("line").asInt(),
        finding.path("message").asText()).toString())
      .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> expectedLines(String resource) {
    return Expectations.findings(resource).stream().map(Finding::toString).collect(Collectors.toCollection(TreeSet::new));
  }
}
