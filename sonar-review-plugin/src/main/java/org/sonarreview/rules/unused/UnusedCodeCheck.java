package org.sonarreview.rules.unused;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.check.ReviewCheck;

/**
 * Base of the rules that decide from {@code Symbol.usages()}: they are silenced by javac's {@code "unused"}
 * key, raise nothing without a semantic model (every symbol would look unused), and stay silent about
 * declarations whose name the model failed to resolve somewhere in the file.
 */
public abstract class UnusedCodeCheck extends ReviewCheck {

  private Set<String> unresolvedNames = Set.of();

  /** The declaration kinds the rule judges; the compilation unit is always visited first. */
  protected abstract List<Tree.Kind> declarationKinds();

  /** Called for each tree of {@link #declarationKinds()} in a file with a semantic model. */
  protected abstract void visitDeclaration(Tree tree);

  /** Called once per file with a semantic model, before its declarations. */
  protected void visitFile(CompilationUnitTree unit) {
    // nothing more by default
  }

  @Override
  public final List<Tree.Kind> nodesToVisit() {
    List<Tree.Kind> kinds = new ArrayList<>(declarationKinds());
    kinds.add(0, Tree.Kind.COMPILATION_UNIT);
    return kinds;
  }

  @Override
  protected Set<String> javacSuppressionKeys() {
    return Set.of("unused");
  }

  @Override
  public final void visitNode(Tree tree) {
    if (!hasSemantic()) {
      return;
    }
    if (tree instanceof CompilationUnitTree unit) {
      unresolvedNames = UnresolvedNames.of(unit);
      visitFile(unit);
    } else {
      visitDeclaration(tree);
    }
  }

  /** True when an identifier of the file with this name could not be resolved: a use may hide there. */
  protected boolean isUnresolvedName(String name) {
    return unresolvedNames.contains(name);
  }
}
