package org.sonarreview.project;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.Nullable;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.InputFileScannerContext;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.tree.QualifiedNames;

/**
 * Base of the rules whose answer depends on the house style. While a file is analysed, the rule records how
 * its declarations answer a style question ({@link #observe}) and which of them would be issues if they go
 * against the project's habit ({@link #flagIfDeviating}). With a {@link ProjectConventions} (a scanner), the
 * file's contribution goes to the project model and {@link ConventionsSensor} decides after every module; without
 * one (SonarLint, unit tests of one file), the file's own declarations are the only view and the rule decides at
 * the end of the file.
 */
public abstract class ConventionCheck extends ReviewCheck {

  @RuleProperty(key = ConventionThresholds.SHARE_PARAMETER, description = ConventionThresholds.SHARE_DESCRIPTION,
    defaultValue = "" + ConventionThresholds.DEFAULT_SHARE)
  public int conventionShare;

  @RuleProperty(key = ConventionThresholds.COUNT_PARAMETER, description = ConventionThresholds.COUNT_DESCRIPTION,
    defaultValue = "" + ConventionThresholds.DEFAULT_COUNT)
  public int conventionMinimumCount;

  @Nullable
  private final ProjectConventions project;
  private final CachedContributions cache;
  private final RuleParameter<Integer> share = parameter(ConventionThresholds.SHARE_PARAMETER,
    ParameterType.between(ConventionThresholds.MINIMUM_SHARE, 100));
  private final RuleParameter<Integer> minimumCount = parameter(ConventionThresholds.COUNT_PARAMETER,
    ParameterType.atLeast(ConventionThresholds.MINIMUM_COUNT));
  private ConventionTally fileTally = new ConventionTally();
  private String packageName = "";
  private List<String> placeScopes = List.of();
  private final List<Pending> pending = new ArrayList<>();

  protected ConventionCheck(@Nullable ProjectConventions project) {
    this.project = project;
    this.cache = new CachedContributions("review:" + ruleKey() + ":conventions:");
  }

  @Override
  public void setContext(JavaFileScannerContext context) {
    fileTally = new ConventionTally();
    pending.clear();
    CompilationUnitTree unit = context.getTree();
    packageName = unit == null || unit.packageDeclaration() == null ? "" : QualifiedNames.of(unit.packageDeclaration().packageName());
    placeScopes = List.of(Scopes.ofPackage(packageName), Scopes.ofModule(context.getModuleKey()), Scopes.PROJECT);
    super.setContext(context);
  }

  /** The package of the file being analysed; empty for the default package. */
  protected final String packageName() {
    return packageName;
  }

  /** The file's package, then its module, then the project: where most conventions are learnt, narrow to wide. */
  protected final List<String> placeScopes() {
    return placeScopes;
  }

  /**
   * Records that a declaration answered {@code value} to {@code convention} in each of {@code scopes}; without a
   * project view, in this file only. Generated code, and code where the rule is suppressed, set no habit.
   */
  protected final void observe(Tree declaration, String convention, List<String> scopes, String value) {
    if (isSilenced(declaration)) {
      return;
    }
    scopesToUse(scopes).forEach(scope -> fileTally.add(convention, scope, value, 1));
  }

  /**
   * Records an issue on {@code tree} for when its answer turns out to deviate from the convention (see
   * {@link ConventionFinding}); nothing when the tree is generated or the rule is suppressed there.
   */
  protected final void flagIfDeviating(Tree tree, String convention, List<String> scopes, String ownValue,
    @Nullable String expectedValue, String subject, String message) {
    if (isSilenced(tree)) {
      return;
    }
    pending.add(new Pending(tree, new ConventionFinding(convention, scopesToUse(scopes), ownValue, expectedValue, subject, message,
      TextSpan.of(tree))));
  }

  /** Without a project view the file is the only scope; a scope listed twice (a module that is the project) counts once. */
  private List<String> scopesToUse(List<String> scopes) {
    return project == null ? List.of(Scopes.FILE) : scopes.stream().distinct().toList();
  }

  @Override
  public void leaveFile(JavaFileScannerContext context) {
    if (project == null) {
      for (Pending finding : pending) {
        ConventionDecision.decide(finding.finding(), fileTally, thresholds()).ifPresent(message -> reportIssue(finding.tree(), message));
      }
    } else {
      FileConventions contribution = new FileConventions(context.getInputFile().uri().toString(), fileTally,
        pending.stream().map(Pending::finding).toList());
      project.put(ruleKey(), context.getInputFile().key(), contribution);
      cache.store(context, FileConventionsCodec.encode(contribution));
    }
    pending.clear();
    super.leaveFile(context);
  }

  /** An unchanged file: its contribution comes back from the previous analysis's cache, without parsing. */
  @Override
  public boolean scanWithoutParsing(InputFileScannerContext context) {
    if (project == null) {
      return true;
    }
    String fileKey = context.getInputFile().key();
    String uri = context.getInputFile().uri().toString();
    return cache.restore(context, FileConventionsCodec::decode, cached -> project.put(ruleKey(), fileKey, cached.at(uri)));
  }

  /** The thresholds this check's parameters set; a project sensor reads the same parameters from the active rule. */
  public final ConventionThresholds thresholds() {
    return new ConventionThresholds(share.value(), minimumCount.value());
  }

  private record Pending(Tree tree, ConventionFinding finding) {
  }
}
