package org.sonarreview.project;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sonar.api.scanner.ScannerSide;

/**
 * The query text each persistence rule found, per file, kept until every module is analysed: whether a query
 * bypasses or contradicts the mappings depends on entities anywhere in the project. {@link ScannerSide}: one
 * instance for the whole project, like {@link ProjectConventions}.
 */
@ScannerSide
public class ProjectQueries {

  private final Map<String, Map<String, FileQueries>> byRule = new ConcurrentHashMap<>();

  /** Records, or replaces, what a file contributes to one rule. */
  public void put(String ruleKey, String fileKey, FileQueries queries) {
    byRule.computeIfAbsent(ruleKey, k -> new ConcurrentHashMap<>()).put(fileKey, queries);
  }

  /** Every file's queries for one rule. */
  public List<FileQueries> files(String ruleKey) {
    return List.copyOf(byRule.getOrDefault(ruleKey, Map.of()).values());
  }
}
