package org.sonarreview;

import java.util.List;
import java.util.stream.Stream;
import org.sonarreview.rules.comments.CommentedOutCodeCheck;
import org.sonarreview.rules.comments.RedundantCommentCheck;
import org.sonarreview.rules.design.ComplexMethodSignatureCheck;
import org.sonarreview.rules.design.DeclarationOrderCheck;
import org.sonarreview.rules.design.LowCohesionClassCheck;
import org.sonarreview.rules.design.OversizedClassCheck;
import org.sonarreview.rules.docs.IncompleteJavadocCheck;
import org.sonarreview.rules.docs.MissingJavadocCheck;
import org.sonarreview.rules.errors.ConsoleErrorReportingCheck;
import org.sonarreview.rules.errors.LostExceptionCauseCheck;
import org.sonarreview.rules.errors.OverlyBroadCatchCheck;
import org.sonarreview.rules.errors.SwallowedExceptionCheck;
import org.sonarreview.rules.format.InconsistentIndentationCheck;
import org.sonarreview.rules.naming.InconsistentTermCasingCheck;
import org.sonarreview.rules.naming.MixedNamingConventionCheck;
import org.sonarreview.rules.naming.NonDescriptiveNameCheck;
import org.sonarreview.rules.persistence.QueryLanguageMismatchCheck;
import org.sonarreview.rules.persistence.RawSqlBesideOrmCheck;
import org.sonarreview.rules.security.SqlInjectionCheck;
import org.sonarreview.rules.types.MissingOverrideCheck;
import org.sonarreview.rules.types.NonObviousVarCheck;
import org.sonarreview.rules.types.RawGenericTypeCheck;
import org.sonarreview.rules.unused.UnreferencedMethodCheck;
import org.sonarreview.rules.unused.UnusedImportCheck;
import org.sonarreview.rules.unused.UnusedLocalVariableCheck;
import org.sonarreview.rules.unused.UnusedPrivateMemberCheck;

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
    QueryLanguageMismatchCheck.class,
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
