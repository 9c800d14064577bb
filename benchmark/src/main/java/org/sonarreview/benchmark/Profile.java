package org.sonarreview.benchmark;

/** The three rule sets of a run. */
enum Profile {
  /** No rule: parsing, semantics, metrics and highlighting only. */
  BASELINE("baseline"),
  /** Every rule of RuleList, default-on or not. */
  OURS("ours"),
  /** SonarJava's built-in "Sonar way" profile: the anchor. */
  SONAR_WAY("sonar-way");

  final String label;

  Profile(String label) {
    this.label = label;
  }
}
