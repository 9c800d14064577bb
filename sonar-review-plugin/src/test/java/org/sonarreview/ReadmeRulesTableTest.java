package org.sonarreview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's rules table is the user's catalog: it must list exactly the shipped rules. */
class ReadmeRulesTableTest {

  private static final String START = "<!-- rules-table:start -->";
  private static final String END = "<!-- rules-table:end -->";

  @Test
  void readme_table_matches_rule_metadata() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("README rules table markers").isGreaterThanOrEqualTo(0).isLessThan(end);
    List<String> actual = readme.substring(start + START.length(), end).lines()
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
