package org.sonarreview.benchmark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.api.rule.RuleKey;
import org.sonarreview.ReviewRulesDefinition;

/**
 * Which of our rules the runs of the OURS profile cover (`--rules`) and the parameter values they set for every run
 * (`--param Key.param=value`), checked against our rule keys.
 *
 * @param selected the keys `--rules` restricts our profile to; empty for all of them
 * @param parameters parameter values by rule key, in command-line order
 */
record RuleConfig(Set<String> selected, Map<RuleKey, Map<String, String>> parameters) {

  RuleConfig {
    selected = Set.copyOf(selected);
    Map<RuleKey, Map<String, String>> copy = new LinkedHashMap<>();
    parameters.forEach((key, values) -> copy.put(key, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
    parameters = Collections.unmodifiableMap(copy);
  }

  /**
   * From the values of `--rules` (comma-separated keys) and `--param` (comma-separated assignments), either null when
   * absent; fails naming any key that is not ours or any assignment that is not `Key.param=value`.
   */
  static RuleConfig parse(@Nullable String rules, @Nullable String params) {
    Map<RuleKey, Map<String, String>> parameters = new LinkedHashMap<>();
    if (params != null) {
      // A comma starts a new assignment only before `Key.param=`: values may be comma-separated lists themselves.
      for (String assignment : params.split(",(?=[A-Za-z]\\w*\\.\\w+=)")) {
        addParameter(parameters, assignment);
      }
    }
    Set<String> selected = Set.of();
    if (rules != null) {
      selected = Set.of(rules.split(","));
      Set<String> unknown = new LinkedHashSet<>(selected);
      unknown.removeAll(Rules.ourRuleKeys());
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException("--rules: not rule keys of ours: " + unknown);
      }
    }
    return new RuleConfig(selected, parameters);
  }

  /** One `Key.param=value` assignment. */
  private static void addParameter(Map<RuleKey, Map<String, String>> parameters, String assignment) {
    int dot = assignment.indexOf('.');
    int equals = assignment.indexOf('=');
    if (dot < 1 || equals < dot + 2) {
      throw new IllegalArgumentException("--param expects Key.param=value, not " + assignment);
    }
    String key = assignment.substring(0, dot);
    if (!Rules.ourRuleKeys().contains(key)) {
      throw new IllegalArgumentException("--param: not a rule key of ours: " + key);
    }
    parameters.computeIfAbsent(RuleKey.of(ReviewRulesDefinition.REPOSITORY_KEY, key), k -> new LinkedHashMap<>())
      .put(assignment.substring(dot + 1, equals), assignment.substring(equals + 1));
  }

  /** Our rule keys the runs cover: all of them, or those of `--rules`, in RuleList order. */
  List<String> selectedRuleKeys() {
    return Rules.ourRuleKeys().stream().filter(k -> selected.isEmpty() || selected.contains(k)).toList();
  }

  /** The parameter values `--param` sets for this rule; empty for none. */
  Map<String, String> parameters(RuleKey key) {
    return parameters.getOrDefault(key, Map.of());
  }
}
