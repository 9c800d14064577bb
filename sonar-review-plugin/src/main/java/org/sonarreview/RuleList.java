package org.sonarreview;

import java.util.List;
import java.util.stream.Stream;
import org.sonarreview.checks.CommentedOutCodeCheck;
import org.sonarreview.checks.ComplexMethodSignatureCheck;
import org.sonarreview.checks.ConsoleErrorReportingCheck;
import org.sonarreview.checks.DeclarationOrderCheck;
import org.sonarreview.checks.IncompleteJavadocCheck;
import org.sonarreview.checks.InconsistentIndentationCheck;
import org.sonarreview.checks.InconsistentTermCasingCheck;
import org.sonarreview.checks.LostExceptionCauseCheck;
import org.sonarreview.checks.LowCohesionClassCheck;
import org.sonarreview.checks.MissingJavadocCheck;
import org.sonarreview.checks.MissingOverrideCheck;
import org.sonarreview.checks.MixedNamingConventionCheck;
import org.sonarreview.checks.NonDescriptiveNameCheck;
import org.sonarreview.checks.NonObviousVarCheck;
import org.sonarreview.checks.OverlyBroadCatchCheck;
import org.sonarreview.checks.OversizedClassCheck;
import org.sonarreview.checks.RawGenericTypeCheck;
import org.sonarreview.checks.RawSqlBesideOrmCheck;
import org.sonarreview.checks.RedundantCommentCheck;
import org.sonarreview.checks.SqlInjectionCheck;
import org.sonarreview.checks.SwallowedExceptionCheck;
import org.sonarreview.checks.UnreferencedMethodCheck;
import org.sonarreview.checks.UnusedImportCheck;
import org.sonarreview.checks.UnusedLocalVariableCheck;
import org.sonarreview.checks.UnusedPrivateMemberCheck;

/**
 * Every check of the repository, by scope. A rule listed in both lists has scope "All" in its JSON;
 * RuleMetadataTest keeps the two in agreement. One entry a line, each ending with a comma, so that
 * adding a rule is adding a line.
 */
public final class RuleList {

  private static final List<Class<?>> MAIN_CHECKS = List.of(new Class<?>[] {
    CommentedOutCodeCheck.class,
    ComplexMethodSignatureCheck.class,
    ConsoleErrorReportingCheck.class,
    DeclarationOrderCheck.class,
    IncompleteJavadocCheck.class,
    InconsistentIndentationCheck.class,
    InconsistentTermCasingCheck.class,
    LostExceptionCauseCheck.class,
    LowCohesionClassCheck.class,
    MissingJavadocCheck.class,
    MissingOverrideCheck.class,
    MixedNamingConventionCheck.class,
    NonDescriptiveNameCheck.class,
    NonObviousVarCheck.class,
    OverlyBroadCatchCheck.class,
    OversizedClassCheck.class,
    RawGenericTypeCheck.class,
    RawSqlBesideOrmCheck.class,
    RedundantCommentCheck.class,
    SqlInjectionCheck.class,
    SwallowedExceptionCheck.class,
    UnreferencedMethodCheck.class,
    UnusedImportCheck.class,
    UnusedLocalVariableCheck.class,
    UnusedPrivateMemberCheck.class,
  });

  /** Only the rules that make sense on test code. */
  private static final List<Class<?>> TEST_CHECKS = List.of(new Class<?>[] {
    CommentedOutCodeCheck.class,
    InconsistentIndentationCheck.class,
    SwallowedExceptionCheck.class,
    UnusedImportCheck.class,
    UnusedLocalVariableCheck.class,
  });

  private RuleList() {
  }

  /** Checks that run on main code. */
  public static List<Class<?>> mainChecks() {
    return MAIN_CHECKS;
  }

  /** Checks that run on test code. */
  public static List<Class<?>> testChecks() {
    return TEST_CHECKS;
  }

  /** Every check once, main ones first. */
  public static List<Class<?>> allChecks() {
    return Stream.concat(mainChecks().stream(), testChecks().stream()).distinct().toList();
  }
}
