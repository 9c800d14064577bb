package org.sonarreview.project;

import java.util.Map;
import java.util.Optional;

/** Decides a {@link ConventionFinding} against a tally: the full message, or nothing. */
public final class ConventionDecision {

  private ConventionDecision() {
  }

  public static Optional<String> decide(ConventionFinding finding, ConventionTally tally, ConventionThresholds thresholds) {
    for (String scope : finding.scopes()) {
      Map<String, Integer> counts = tally.counts(finding.convention(), scope);
      int total = counts.values().stream().mapToInt(Integer::intValue).sum();
      if (total < thresholds.minimumCount()) {
        continue;
      }
      String expected = finding.expectedValue() != null ? finding.expectedValue() : mostCommon(counts);
      int agreeing = counts.getOrDefault(expected, 0);
      if (expected.equals(finding.ownValue()) || agreeing * 100 < thresholds.minimumSharePercent() * total) {
        // The narrowest scope with enough declarations decides: a package's own habit beats the project's.
        return Optional.empty();
      }
      return Optional.of(String.format("%s: %d%% of the %d %s %s %s.", finding.message(), percentDown(agreeing, total), total,
        finding.subject(), scope, expected));
    }
    return Optional.empty();
  }

  private static String mostCommon(Map<String, Integer> counts) {
    // The tally keeps answers in alphabetical order; a tie goes to the first, so file order never decides.
    String best = null;
    int bestCount = -1;
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > bestCount) {
        best = entry.getKey();
        bestCount = entry.getValue();
      }
    }
    return best;
  }

  /** Rounded down, so that "100%" is never written for 199 of 200. */
  private static int percentDown(int part, int total) {
    return (int) ((long) part * 100 / total);
  }
}
