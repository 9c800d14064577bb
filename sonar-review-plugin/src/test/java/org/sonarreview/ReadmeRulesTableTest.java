package org.sonarreview;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's rules table is the user's catalog: it must list exactly the shipped rules. */
class ReadmeRulesTableTest {

  @Test
  void readme_table_matches_rule_metadata() {
    List<String> actual = Readme.block("rules-table").lines()
      .filter(line -> line.startsWith("| `"))
      .map(String::strip)
      .toList();
    Set<String> profile = RuleMetadata.profileKeys();
    List<String> expected = RuleMetadata.all().stream()
      .sorted(java.util.Comparator.comparing(RuleMetadata::key))
      .map(rule -> "| `" + rule.key() + "` | " + rule.categoryTag() + " | " + rule.title() + " | "
        + (profile.contains(rule.key()) ? "yes" : "no") + " |")
      .toList();
    assertThat(actual).as("README rows (key | category | title | in Review way), sorted by key")
      .containsExactlyElementsOf(expected);
  }
}
