package org.sonarreview;

import java.util.List;
import java.util.stream.Stream;
import org.sonarreview.checks.CommentedOutCodeCheck;
import org.sonarreview.checks.ComplexMethodSignatureCheck;
import org.sonarreview.checks.DeclarationOrderCheck;
import org.sonarreview.checks.InconsistentIndentationCheck;
import org.sonarreview.checks.LowCohesionClassCheck;
import org.sonarreview.checks.OversizedClassCheck;
import org.sonarreview.checks.RedundantCommentCheck;
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
      CommentedOutCodeCheck.class,
      ComplexMethodSignatureCheck.class,
      DeclarationOrderCheck.class,
      InconsistentIndentationCheck.class,
      LowCohesionClassCheck.class,
      OversizedClassCheck.class,
      RedundantCommentCheck.class,
      UnusedImportCheck.class);
  }

  /** Checks that run on test code: only the rules that make sense there. */
  public static List<Class<?>> testChecks() {
    return List.of(
      CommentedOutCodeCheck.class,
      InconsistentIndentationCheck.class,
      UnusedImportCheck.class);
  }

  /** Every check once, main ones first. */
  public static List<Class<?>> allChecks() {
    return Stream.concat(mainChecks().stream(), testChecks().stream()).distinct().toList();
  }
}
