package org.sonarreview.rules.errors;

import java.util.Set;
import org.sonar.plugins.java.api.tree.CatchTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.LambdaExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TryStatementTree;
import org.sonarreview.tree.QualifiedNames;

/**
 * Try statements where catching every failure, unchecked ones included, is the right design rather than a
 * shortcut: best-effort cleanup, whose failure must not replace the one on its way or stop a shutdown, and
 * class initialisation, where an escaping runtime exception makes the class unusable for good.
 */
public final class CatchAllPlaces {

  /** Verbs of methods that release resources ({@code close}, {@code rollback}, {@code releaseSavepoint}, ...). */
  private static final Set<String> RELEASE_VERBS = Set.of("close", "rollback", "release", "reset", "dispose", "destroy", "shutdown", "cleanup",
    "clean", "unlock", "free");

  private CatchAllPlaces() {
  }

  /** True for cleanup in a finally or catch block, a static initialiser, or code that releases resources. */
  public static boolean isCatchAllPlace(TryStatementTree tryStatement) {
    return isInsideFinallyOrCatch(tryStatement) || isClassInitialisation(tryStatement) || releasesResources(tryStatement);
  }

  /** A try statement in a finally or catch block: another exception may be on its way. */
  private static boolean isInsideFinallyOrCatch(TryStatementTree tryStatement) {
    Tree child = tryStatement;
    for (Tree current = tryStatement.parent(); current != null && !isFunctionOrClass(current); current = current.parent()) {
      if ((current instanceof TryStatementTree enclosing && enclosing.finallyBlock() == child) || current instanceof CatchTree) {
        return true;
      }
      child = current;
    }
    return false;
  }

  /** Code of a static initialiser block. */
  private static boolean isClassInitialisation(TryStatementTree tryStatement) {
    Tree current = tryStatement.parent();
    while (current != null && !isFunctionOrClass(current) && !current.is(Tree.Kind.STATIC_INITIALIZER)) {
      current = current.parent();
    }
    return current != null && current.is(Tree.Kind.STATIC_INITIALIZER);
  }

  /** The try body calls a release method, or the enclosing method is one. */
  private static boolean releasesResources(TryStatementTree tryStatement) {
    for (Tree current = tryStatement.parent(); current != null; current = current.parent()) {
      if (current instanceof MethodTree method) {
        if (isReleaseName(method.simpleName().name())) {
          return true;
        }
        break;
      }
      if (isFunctionOrClass(current)) {
        break;
      }
    }
    boolean[] found = {false};
    tryStatement.block().accept(new SameFrameVisitor() {
      @Override
      public void visitMethodInvocation(MethodInvocationTree call) {
        found[0] |= isReleaseName(QualifiedNames.calledName(call.methodSelect()));
        super.visitMethodInvocation(call);
      }
    });
    return found[0];
  }

  /** {@code close}, {@code closeQuietly}, {@code releaseSavepoint}, {@code resetConnection}: a release verb first. */
  private static boolean isReleaseName(String name) {
    int end = 0;
    while (end < name.length() && Character.isLowerCase(name.charAt(end))) {
      end++;
    }
    return RELEASE_VERBS.contains(name.substring(0, end));
  }

  private static boolean isFunctionOrClass(Tree tree) {
    return tree instanceof MethodTree || tree instanceof ClassTree || tree instanceof LambdaExpressionTree;
  }
}
