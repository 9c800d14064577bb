package org.sonarreview.rules.unused;

import java.util.HashSet;
import java.util.Set;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.Arguments;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewClassTree;

/**
 * Calls that the semantic model bound to one overload although an argument's type is unknown (a missing
 * library): with that type known, another method of the same name and type may be the real target. The
 * unused-code rules stay silent about those other overloads instead of calling them unused.
 */
public final class UncertainOverloads {

  /** The overloads the file's uncertain calls were bound to. */
  private final Set<Symbol> boundTargets;

  private UncertainOverloads(Set<Symbol> boundTargets) {
    this.boundTargets = boundTargets;
  }

  /** The uncertain calls and {@code new} expressions of a file. */
  public static UncertainOverloads of(CompilationUnitTree unit) {
    Collector collector = new Collector();
    unit.accept(collector);
    return new UncertainOverloads(collector.targets);
  }

  /** True when an uncertain call was bound to a same-named method of the same type: it may really call this one. */
  public boolean mayCall(Symbol method) {
    return method.isMethodSymbol() && boundTargets.stream()
      .anyMatch(target -> target.owner().equals(method.owner()) && target.name().equals(method.name()));
  }

  /** True when a call to {@code target} has an argument of unknown type and the target has overloads to confuse it with. */
  public static boolean isUncertain(Symbol target, Arguments arguments) {
    if (target.isUnknown() || arguments.stream().noneMatch(UncertainOverloads::hasUnknownType)) {
      return false;
    }
    return target.owner() instanceof Symbol.TypeSymbol owner
      && owner.lookupSymbols(target.name()).stream().filter(Symbol::isMethodSymbol).count() > 1;
  }

  private static boolean hasUnknownType(ExpressionTree argument) {
    return argument.symbolType().isUnknown();
  }

  private static final class Collector extends BaseTreeVisitor {
    private final Set<Symbol> targets = new HashSet<>();

    @Override
    public void visitMethodInvocation(MethodInvocationTree tree) {
      add(tree.methodSymbol(), tree.arguments());
      super.visitMethodInvocation(tree);
    }

    @Override
    public void visitNewClass(NewClassTree tree) {
      add(tree.methodSymbol(), tree.arguments());
      super.visitNewClass(tree);
    }

    private void add(Symbol target, Arguments arguments) {
      if (isUncertain(target, arguments)) {
        targets.add(target);
      }
    }
  }
}
