package org.sonarreview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SonarJava rules each of our rules overlaps are written once, in the rule's JSON:
 * <ul>
 *   <li>{@code overlaps}: the SonarJava rule keys, e.g. {@code ["java:S1128"]};</li>
 *   <li>{@code overlapsInSonarWay}: {@code always} (in SonarJava's Sonar way on every supported SonarQube),
 *   {@code partly} (on some only: {@code overlapsNote} says which) or {@code never};</li>
 *   <li>{@code overlapsNote}: an optional remark for the README.</li>
 * </ul>
 * The README's list of rules to deactivate in a copy of Sonar way and the description's Resources line must say the
 * same; the integration tests' combined profile reads the JSON itself (its PluginMetadata).
 */
class SonarJavaOverlapsTest {

  private static final Set<String> IN_SONAR_WAY = Set.of("always", "partly", "never");
  private static final Pattern SONAR_JAVA_KEY = Pattern.compile("java:S\\d+");
  private static final String RESOURCES_LINE = "Overlaps SonarJava rule";
  /** "Overlaps SonarJava rule(s) <code>KEY</code> ("title")", then more keys with titles after ", " or " and ". */
  private static final Pattern RESOURCES_KEYS = Pattern.compile(
    "Overlaps\\s+SonarJava\\s+(rules?)\\s+((?:<code>java:S\\d+</code>\\s+\\(\"[^\"]*\"\\)(?:,\\s+|\\s+and\\s+)?)+)");
  private static final Pattern CODE_KEY = Pattern.compile("<code>(java:S\\d+)</code>");

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.sonarreview.RuleMetadata#all")
  void json_overlap_fields_are_complete(RuleMetadata rule) {
    if (rule.json().has("overlaps")) {
      assertThat(rule.overlaps()).as(rule.key() + ": overlaps, SonarJava rule keys without repeats").isNotEmpty()
        .doesNotHaveDuplicates().allMatch(key -> SONAR_JAVA_KEY.matcher(key).matches());
      assertThat(rule.overlapsInSonarWay().orElse("(none)")).as(rule.key() + ": overlapsInSonarWay").isIn(IN_SONAR_WAY);
      if (rule.overlapsInSonarWay().orElseThrow().equals("partly")) {
        assertThat(rule.overlapsNote()).as(rule.key() + ": overlapsNote saying where the overlapped rules are in Sonar way").isPresent();
      }
    } else {
      assertThat(rule.overlapsInSonarWay()).as(rule.key() + ": overlapsInSonarWay without overlaps").isEmpty();
      assertThat(rule.overlapsNote()).as(rule.key() + ": overlapsNote without overlaps").isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.sonarreview.RuleMetadata#all")
  void resources_names_exactly_the_json_overlaps(RuleMetadata rule) {
    String html = rule.html();
    List<Integer> lines = new ArrayList<>();
    for (int at = html.indexOf(RESOURCES_LINE); at >= 0; at = html.indexOf(RESOURCES_LINE, at + 1)) {
      lines.add(at);
    }
    if (rule.overlaps().isEmpty()) {
      assertThat(lines).as(rule.key() + ".html: '" + RESOURCES_LINE + "' line, but " + rule.key() + ".json has no overlaps").isEmpty();
      return;
    }
    assertThat(lines).as(rule.key() + ".html: one '" + RESOURCES_LINE + "' line for overlaps " + rule.overlaps()).hasSize(1);
    assertThat(lines.get(0)).as(rule.key() + ".html: the '" + RESOURCES_LINE + "' line is under Resources")
      .isGreaterThan(html.indexOf("<h2>Resources</h2>"));
    Matcher matcher = RESOURCES_KEYS.matcher(html).region(lines.get(0), html.length());
    assertThat(matcher.lookingAt())
      .as(rule.key() + ".html: the line reads 'Overlaps SonarJava rule <code>java:S...</code> (\"title\")', more keys after ', ' or ' and '")
      .isTrue();
    List<String> keys = new ArrayList<>();
    for (Matcher key = CODE_KEY.matcher(matcher.group(2)); key.find(); ) {
      keys.add(key.group(1));
    }
    assertThat(keys).as(rule.key() + ".html names in its '" + RESOURCES_LINE + "' line the overlaps of " + rule.key() + ".json")
      .containsExactlyInAnyOrderElementsOf(rule.overlaps());
    assertThat(matcher.group(1)).as(rule.key() + ".html: 'rule' for one key, 'rules' for more")
      .isEqualTo(keys.size() == 1 ? "rule" : "rules");
  }

  @Test
  void readme_lists_the_overlapped_sonar_way_rules_of_the_json() {
    String expected = RuleMetadata.all().stream()
      .filter(rule -> rule.overlapsInSonarWay().filter(value -> !value.equals("never")).isPresent())
      .sorted(Comparator.comparing(RuleMetadata::key))
      .map(rule -> "   - " + rule.overlaps().stream().map(key -> "`" + key + "`").collect(Collectors.joining(", "))
        + " (" + rule.key() + rule.overlapsNote().map(note -> "; " + note).orElse("") + ")\n")
      .collect(Collectors.joining("", "\n", ""));
    assertThat(Readme.block("overlaps"))
      .as("README between <!-- overlaps:start --> and <!-- overlaps:end -->: the rule JSONs' overlaps (overlapsInSonarWay"
        + " always or partly, sorted by rule key, with overlapsNote); paste the expected text below")
      .isEqualTo(expected);
  }
}
