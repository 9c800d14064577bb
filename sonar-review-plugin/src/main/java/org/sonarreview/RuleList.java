package org.sonarreview;

import java.util.List;
import java.util.stream.Stream;
import org.sonarreview.checks.ComplexMethodSignatureCheck;
import org.sonarreview.checks.ConsoleErrorReportingCheck;
import org.sonarreview.checks.LostExceptionCauseCheck;
import org.sonarreview.checks.OverlyBroadCatchCheck;
import org.sonarreview.checks.SwallowedExceptionCheck;
import org.sonarreview.checks.UnusedImportCheck;

/**
 * Every check of the repository, by scope. A rule listed in both lists has scope "All" in its JSON;
 * RuleMetadataTest keeps the two in agreement.
 */
public final class RuleList {

  private RuleList() {
  }

  /** Checks that run on main code. */
  public static List<Class<?>> mainChecks() {
    return List.of(
      ComplexMethodSignatureCheck.class,
      ConsoleErrorReportingCheck.class,
      LostExceptionCauseCheck.class,
      OverlyBroadCatchCheck.class,
      SwallowedExceptionCheck.class,
      UnusedImportCheck.class);
  }

  /** Checks that run on test code: only the rules that make sense there. */
  public static List<Class<?>> testChecks() {
    return List.of(
      SwallowedExceptionCheck.class,
      UnusedImportCheck.class);
  }

  /** Every check once, main ones first. */
  public static List<Class<?>> allChecks() {
    return Stream.concat(mainChecks().stream(), testChecks().stream()).distinct().toList();
  }
}
