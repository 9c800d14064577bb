package org.sonarreview.project;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each answer to a house-style question was seen, per scope: "public methods in package
 * 'org.x.api'" answered "have Javadoc" 49 times and "have no Javadoc" 3 times. Counts only, never trees.
 */
public final class ConventionTally {

  private final Map<String, Map<String, Integer>> counts = new HashMap<>();

  /** Records {@code times} declarations that answered {@code value} to {@code convention} within {@code scope}. */
  public void add(String convention, String scope, String value, int times) {
    putEntry(key(convention, scope), value, times);
  }

  public void addAll(ConventionTally other) {
    other.counts.forEach((key, values) -> values.forEach((value, times) -> putEntry(key, value, times)));
  }

  /** Answer to count, for one question in one scope; empty when nothing was seen. */
  public Map<String, Integer> counts(String convention, String scope) {
    return Collections.unmodifiableMap(counts.getOrDefault(key(convention, scope), Map.of()));
  }

  /** Every (question, scope) seen, as the pair's key and its answers, for the analysis cache. */
  Map<String, Map<String, Integer>> entries() {
    return Collections.unmodifiableMap(counts);
  }

  void putEntry(String key, String value, int times) {
    counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(value, times, Integer::sum);
  }

  private static String key(String convention, String scope) {
    return convention + '\n' + scope;
  }
}
