package org.sonarreview.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sonar.api.scanner.ScannerSide;

/**
 * The project's house style, learnt while every module is analysed: for each rule that judges against it, what
 * each file's declarations do and which of them would deviate. {@link ScannerSide} makes it one component for
 * the whole project, shared by every module's checks and by {@link ConventionsSensor}, which decides once all
 * modules are done. It holds counts and positions, never syntax trees.
 */
@ScannerSide
public class ProjectConventions {

  private final Map<String, Map<String, FileConventions>> byRule = new ConcurrentHashMap<>();

  /** Records, or replaces, what a file contributes to one rule. */
  public void put(String ruleKey, String fileKey, FileConventions conventions) {
    byRule.computeIfAbsent(ruleKey, k -> new ConcurrentHashMap<>()).put(fileKey, conventions);
  }

  /** The rules that received contributions. */
  public Collection<String> ruleKeys() {
    return List.copyOf(byRule.keySet());
  }

  /** Every file's contribution to one rule. */
  public Collection<FileConventions> files(String ruleKey) {
    return List.copyOf(byRule.getOrDefault(ruleKey, Map.of()).values());
  }

  /** The findings of one rule that deviate from the project's conventions, decided on the whole project's tally. */
  public List<Deviation> deviations(String ruleKey, ConventionThresholds thresholds) {
    ConventionTally tally = tally(ruleKey);
    List<Deviation> deviations = new ArrayList<>();
    for (FileConventions file : files(ruleKey)) {
      for (ConventionFinding finding : file.findings()) {
        ConventionDecision.decide(finding, tally, thresholds)
          .ifPresent(message -> deviations.add(new Deviation(file.uri(), finding.span(), message)));
      }
    }
    return deviations;
  }

  /** The whole project's tally for one rule. */
  public ConventionTally tally(String ruleKey) {
    ConventionTally total = new ConventionTally();
    files(ruleKey).forEach(file -> total.addAll(file.tally()));
    return total;
  }
}
