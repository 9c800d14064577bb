package org.sonarreview.check;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * Base of every check: issues in generated code ({@code @Generated} types, XJC output, files with a generated
 * header), under a matching {@code @SuppressWarnings} and after a matching {@code //noinspection} comment are
 * dropped here, once, so that no check has to remember it. Each {@code @RuleProperty} field starts at its annotation's
 * {@code defaultValue}, and the parameters declared with {@link #parameter} are checked before the first file.
 */
public abstract class ReviewCheck extends IssuableSubscriptionVisitor {

  private final String ruleKey;
  private final IssueSilencer silencer;
  private final NoinspectionComments noinspection;
  private final RuleProperties properties;
  private final List<RuleParameter<?>> parameters = new ArrayList<>();
  private boolean parametersResolved;
  private JavaFileScannerContext fileContext;

  protected ReviewCheck() {
    Rule rule = getClass().getAnnotation(Rule.class);
    if (rule == null) {
      throw new IllegalStateException("No @Rule annotation on " + getClass().getName());
    }
    this.ruleKey = rule.key();
    Set<String> javacKeys = javacSuppressionKeys();
    this.silencer = new IssueSilencer(ruleKey, javacKeys);
    this.noinspection = new NoinspectionComments(javacKeys);
    this.properties = new RuleProperties(getClass());
    properties.applyDefaults(this);
  }

  /** The rule key, as in {@code @SuppressWarnings("review:<key>")}. */
  public final String ruleKey() {
    return ruleKey;
  }

  /** javac's {@code @SuppressWarnings} keys that also silence this rule, such as {@code "unused"}. */
  protected Set<String> javacSuppressionKeys() {
    return Set.of();
  }

  /**
   * Declares the parameter of the {@code @RuleProperty} field with this key, for a field initializer: the field is
   * checked once, before the first file; a bad value is logged with the rule's name and replaced by the default.
   */
  protected final <T> RuleParameter<T> parameter(String key, ParameterType<T> type) {
    Field field = properties.field(key);
    RuleParameter<T> parameter = new RuleParameter<>(key, field, RuleProperties.defaultValue(field), type);
    parameters.add(parameter);
    return parameter;
  }

  /** Checks the declared parameters against their fields' current values. */
  void resolveParameters(RuleParameters ruleParameters) {
    parameters.forEach(parameter -> parameter.resolve(this, ruleParameters));
    parametersResolved = true;
  }

  @Override
  public void setContext(JavaFileScannerContext context) {
    if (!parametersResolved) {
      resolveParameters(new RuleParameters(ruleKey));
    }
    this.fileContext = context;
    super.setContext(context);
  }

  /** The context of the file being scanned. */
  protected JavaFileScannerContext fileContext() {
    return fileContext;
  }

  /**
   * True when the file has a semantic model. Without one, every symbol looks declared but unused: rules
   * that decide from {@code Symbol.usages()} must stay silent.
   */
  protected boolean hasSemantic() {
    return fileContext != null && fileContext.getSemanticModel() != null;
  }

  /** True when an issue on this tree would be dropped: generated code or a matching suppression. */
  protected boolean isSilenced(Tree tree) {
    return silencer.silences(tree) || noinspection.silences(tree);
  }

  @Override
  public void reportIssue(Tree tree, String message) {
    if (!isSilenced(tree)) {
      super.reportIssue(tree, message);
    }
  }

  @Override
  public void reportIssue(Tree tree, String message, List<JavaFileScannerContext.Location> flow, @Nullable Integer cost) {
    if (!isSilenced(tree)) {
      super.reportIssue(tree, message, flow, cost);
    }
  }

  @Override
  public void reportIssue(Tree startTree, Tree endTree, String message) {
    if (!isSilenced(startTree)) {
      super.reportIssue(startTree, endTree, message);
    }
  }

  @Override
  public void reportIssue(Tree startTree, Tree endTree, String message, List<JavaFileScannerContext.Location> flow, @Nullable Integer cost) {
    if (!isSilenced(startTree)) {
      super.reportIssue(startTree, endTree, message, flow, cost);
    }
  }

  @Override
  public void addIssueOnFile(String message) {
    if (!silencer.silencesFile(fileContext.getTree())) {
      super.addIssueOnFile(message);
    }
  }

  @Override
  public void addIssue(int line, String message) {
    if (!silencer.silencesFile(fileContext.getTree())) {
      super.addIssue(line, message);
    }
  }
}
