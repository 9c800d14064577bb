package org.sonarreview.rules.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.CatchTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.ThrowStatementTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TryStatementTree;
import org.sonar.plugins.java.api.tree.VariableTree;

/**
 * The exceptions that the body and resources of a try statement are known to throw: the throws clauses of
 * the methods and constructors it calls (including resources' {@code close()}), and its throw statements.
 * Empty when any of them cannot be resolved, so that callers stay silent instead of guessing.
 */
public final class ThrownExceptions {

  private ThrownExceptions() {
  }

  /** The exceptions in order of appearance, with repeats; empty when something is unknown. */
  public static Optional<List<Type>> ofTryBody(TryStatementTree tryStatement) {
    Collector collector = new Collector();
    collector.collectBodyAndResources(tryStatement);
    return collector.unknown ? Optional.empty() : Optional.of(collector.thrown);
  }

  private static final class Collector extends SameFrameVisitor {
    private List<Type> thrown = new ArrayList<>();
    private boolean unknown;

    private void collectBodyAndResources(TryStatementTree tryStatement) {
      for (Tree resource : tryStatement.resourceList()) {
        if (resource instanceof VariableTree variable) {
          scan(variable.initializer());
          addClose(variable.symbol().type());
        } else if (resource instanceof ExpressionTree expression) {
          scan(expression);
          addClose(expression.symbolType());
        }
      }
      scan(tryStatement.block());
    }

    @Override
    public void visitMethodInvocation(MethodInvocationTree call) {
      addThrowsOf(call.methodSymbol());
      super.visitMethodInvocation(call);
    }

    @Override
    public void visitNewClass(NewClassTree newClass) {
      addThrowsOf(newClass.methodSymbol());
      // The arguments run here; an anonymous class body runs later.
      scan(newClass.enclosingExpression());
      scan(newClass.arguments());
    }

    @Override
    public void visitThrowStatement(ThrowStatementTree throwStatement) {
      add(throwStatement.expression().symbolType());
      super.visitThrowStatement(throwStatement);
    }

    @Override
    public void visitTryStatement(TryStatementTree nested) {
      List<Type> outer = thrown;
      thrown = new ArrayList<>();
      collectBodyAndResources(nested);
      List<Type> escaping = new ArrayList<>();
      for (Type type : thrown) {
        if (!caughtBy(type, nested.catches())) {
          escaping.add(type);
        }
      }
      thrown = outer;
      thrown.addAll(escaping);
      for (CatchTree catchTree : nested.catches()) {
        scan(catchTree.block());
      }
      scan(nested.finallyBlock());
    }

    private boolean caughtBy(Type type, List<CatchTree> catches) {
      for (CatchTree catchTree : catches) {
        for (Type caught : new CatchBlock(catchTree).caughtTypes()) {
          if (caught.isUnknown()) {
            unknown = true;
          } else if (type.isSubtypeOf(caught)) {
            return true;
          }
        }
      }
      return false;
    }

    private void addClose(Type resourceType) {
      Optional<Symbol.MethodSymbol> close = findClose(resourceType);
      if (close.isPresent()) {
        addThrowsOf(close.get());
      } else {
        unknown = true;
      }
    }

    private void addThrowsOf(Symbol.MethodSymbol method) {
      if (method.isUnknown()) {
        unknown = true;
        return;
      }
      method.thrownTypes().forEach(this::add);
    }

    private void add(Type type) {
      // A type variable or a captured wildcard ({@code FailableRunnable<? extends Throwable>.run()}) names no class to catch.
      if (type.isUnknown() || !type.isClass()) {
        unknown = true;
      } else {
        thrown.add(type);
      }
    }
  }

  /** The parameterless {@code close()} of the type, its superclasses, or its interfaces. */
  private static Optional<Symbol.MethodSymbol> findClose(Type type) {
    if (type.isUnknown()) {
      return Optional.empty();
    }
    Symbol.TypeSymbol typeSymbol = type.symbol();
    for (Symbol member : typeSymbol.lookupSymbols("close")) {
      if (member instanceof Symbol.MethodSymbol method && method.parameterTypes().isEmpty()) {
        return Optional.of(method);
      }
    }
    Type superClass = typeSymbol.superClass();
    if (superClass != null) {
      Optional<Symbol.MethodSymbol> inherited = findClose(superClass);
      if (inherited.isPresent()) {
        return inherited;
      }
    }
    for (Type anInterface : typeSymbol.interfaces()) {
      Optional<Symbol.MethodSymbol> inherited = findClose(anInterface);
      if (inherited.isPresent()) {
        return inherited;
      }
    }
    return Optional.empty();
  }
}
