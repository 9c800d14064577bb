package org.sonarreview.project;

import javax.annotation.Nullable;
import org.sonarreview.check.RuleParameters;

/**
 * When a habit counts as the project's convention: at least {@code minimumCount} comparable declarations in
 * the scope, and at least {@code minimumSharePercent} of them answering the same way.
 */
public record ConventionThresholds(int minimumSharePercent, int minimumCount) {

  /** Parameter keys shared by every rule that judges against the project's conventions. */
  public static final String SHARE_PARAMETER = "conventionShare";
  public static final String COUNT_PARAMETER = "conventionMinimumCount";
  public static final String SHARE_DESCRIPTION = "Share, in percent, of comparable declarations that must agree before "
    + "their habit is the project's convention (51 to 100)";
  public static final String COUNT_DESCRIPTION = "Fewest comparable declarations in a package, module or project from "
    + "which a convention is learnt (at least 2)";
  public static final int DEFAULT_SHARE = 80;
  public static final int DEFAULT_COUNT = 10;
  public static final int MINIMUM_SHARE = 51;
  public static final int MINIMUM_COUNT = 2;

  /**
   * Checked values from the text a project sensor reads from the active rule: a bad one is logged with the rule's
   * and the parameter's name, and the default is used.
   */
  public static ConventionThresholds of(RuleParameters parameters, @Nullable String share, @Nullable String count) {
    return new ConventionThresholds(
      parameters.between(SHARE_PARAMETER, parse(share, DEFAULT_SHARE), MINIMUM_SHARE, 100, DEFAULT_SHARE),
      parameters.atLeast(COUNT_PARAMETER, parse(count, DEFAULT_COUNT), MINIMUM_COUNT, DEFAULT_COUNT));
  }

  private static int parse(@Nullable String value, int defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return Integer.MIN_VALUE;
    }
  }
}
