package org.sonarreview.rules.unused;

import java.util.HashSet;
import java.util.Set;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;

/**
 * Names that a file uses but the semantic model could not resolve, such as a call whose argument types
 * come from a missing library. A declaration with one of these names may well be used there: the
 * unused-code rules stay silent about it instead of guessing.
 */
public final class UnresolvedNames {

  private UnresolvedNames() {
  }

  /** Every identifier name of the file whose symbol is unknown. */
  public static Set<String> of(CompilationUnitTree unit) {
    Collector collector = new Collector();
    unit.accept(collector);
    return collector.names;
  }

  private static final class Collector extends BaseTreeVisitor {
    private final Set<String> names = new HashSet<>();

    @Override
    public void visitIdentifier(IdentifierTree tree) {
      if (tree.symbol().isUnknown()) {
        names.add(tree.name());
      }
      super.visitIdentifier(tree);
    }
  }
}
