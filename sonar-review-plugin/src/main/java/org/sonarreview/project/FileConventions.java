package org.sonarreview.project;

import java.util.List;

/**
 * What one file contributes to one rule's conventions: the answers its declarations gave, and the issues it
 * gets if those answers turn out to be deviations.
 */
public record FileConventions(String uri, ConventionTally tally, List<ConventionFinding> findings) {

  public FileConventions {
    findings = List.copyOf(findings);
  }

  /** The same contribution for a file that has moved since it was cached. */
  public FileConventions at(String newUri) {
    return new FileConventions(newUri, tally, findings);
  }
}
