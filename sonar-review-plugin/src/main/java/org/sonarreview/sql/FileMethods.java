package org.sonarreview.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;

/** The bodies a call may run that this file shows: the method's declaration and the overrides declared beside it. */
final class FileMethods {

  private Tree root;
  private List<MethodTree> methods = List.of();

  /** Empty when the method is not declared in this file or has no body here (abstract, interface) nor overrides. */
  List<MethodTree> implementations(Symbol.MethodSymbol method) {
    MethodTree declaration = method.declaration();
    if (declaration == null) {
      return List.of();
    }
    List<MethodTree> bodies = new ArrayList<>();
    if (declaration.block() != null) {
      bodies.add(declaration);
    }
    if (method.isOverridable()) {
      for (MethodTree candidate : methodsOfFile(declaration)) {
        if (candidate != declaration && candidate.block() != null && overrides(candidate.symbol(), method, new HashSet<>())) {
          bodies.add(candidate);
        }
      }
    }
    return bodies;
  }

  private static boolean overrides(Symbol.MethodSymbol candidate, Symbol.MethodSymbol method, Set<Symbol.MethodSymbol> seen) {
    for (Symbol.MethodSymbol overridden : candidate.overriddenSymbols()) {
      if (overridden.equals(method) || (seen.add(overridden) && overrides(overridden, method, seen))) {
        return true;
      }
    }
    return false;
  }

  private List<MethodTree> methodsOfFile(Tree inFile) {
    Tree top = inFile;
    while (top.parent() != null) {
      top = top.parent();
    }
    if (top != root) {
      root = top;
      List<MethodTree> found = new ArrayList<>();
      top.accept(new BaseTreeVisitor() {
        @Override
        public void visitMethod(MethodTree tree) {
          found.add(tree);
          super.visitMethod(tree);
        }
      });
      methods = found;
    }
    return methods;
  }
}
