package org.sonarreview.rules.types;

import java.util.List;
import java.util.Set;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.tree.Annotations;

/**
 * Methods that override or implement a known supertype method without {@code @Override}. Only
 * {@code isOverriding() == TRUE} counts: an incomplete classpath answers {@code null}, and the rule stays silent.
 */
@Rule(key = "MissingOverride")
public class MissingOverrideCheck extends ReviewCheck {

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.METHOD);
  }

  /** Error Prone's key for the same check: code that silences it there (e.g. GWT-only supermethods) means it. */
  @Override
  protected Set<String> javacSuppressionKeys() {
    return Set.of("MissingOverride");
  }

  @Override
  public void visitNode(Tree tree) {
    MethodTree method = (MethodTree) tree;
    if (Annotations.has(method.modifiers(), "Override") || !Boolean.TRUE.equals(method.isOverriding())) {
      // Static and private methods answer FALSE; unknown hierarchies answer null.
      return;
    }
    method.symbol().overriddenSymbols().stream()
      .filter(overridden -> !overridden.isUnknown())
      .findFirst()
      .ifPresent(overridden -> reportIssue(method.simpleName(), "Add '@Override': '" + method.simpleName().name() + "' "
        + (overridden.isAbstract() ? "implements '" : "overrides '") + overridden.owner().name() + "."
        + overridden.name() + "'."));
  }
}
