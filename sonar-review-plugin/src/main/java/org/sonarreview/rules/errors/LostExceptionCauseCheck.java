package org.sonarreview.rules.errors;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.CatchTree;
import org.sonar.plugins.java.api.tree.ConditionalExpressionTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.ThrowStatementTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.check.ReviewCheck;

/**
 * {@code throw new X(...)} in a catch block when no argument carries the caught exception: the new exception
 * starts a fresh stack trace and the original failure is lost.
 */
@Rule(key = "LostExceptionCause")
public class LostExceptionCauseCheck extends ReviewCheck {

  /** Methods that attach the caught exception to another one. */
  private static final Set<String> ATTACHING_METHODS = Set.of("initCause", "addSuppressed");
  /** Methods of every Throwable that return text, never the exception. */
  private static final Set<String> TEXT_METHODS = Set.of("getMessage", "getLocalizedMessage", "toString");

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.CATCH);
  }

  @Override
  public void visitNode(Tree tree) {
    CatchBlock catchBlock = new CatchBlock((CatchTree) tree);
    Symbol caught = catchBlock.parameter().symbol();
    if ("_".equals(catchBlock.name()) || caught.isUnknown() || catchBlock.rethrows() || attachesCause(catchBlock)) {
      // Unnamed: dropped on purpose. A rethrow of the same variable: the new exceptions are deliberate translations.
      return;
    }
    Set<Symbol> carriers = carriers(catchBlock, caught);
    Set<Symbol> parsedInputs = ParseFailures.parsedInputs(catchBlock);
    for (ThrowStatementTree throwStatement : catchBlock.throwStatements()) {
      if (throwStatement.expression() instanceof NewClassTree newException
        && newException.arguments().stream().noneMatch(argument -> carries(argument, carriers))
        && !ParseFailures.mentionsAny(newException.arguments(), parsedInputs)
        && !catchBlock.explainsBefore(throwStatement)) {
        // A failed parse reported with its input loses little but parser frames; a comment says why the cause goes.
        reportIssue(newException, "Pass '" + catchBlock.name() + "' as the cause of this exception (or call 'initCause("
          + catchBlock.name() + ")') so that the original stack trace is kept.");
      }
    }
  }

  /** True when the block calls {@code initCause(e)} or {@code addSuppressed(e)}. */
  private static boolean attachesCause(CatchBlock catchBlock) {
    return catchBlock.references().stream().anyMatch(reference -> reference.parent() != null
      && reference.parent().parent() instanceof MethodInvocationTree call
      && call.arguments().contains(reference)
      && call.methodSelect() instanceof MemberSelectExpressionTree select
      && ATTACHING_METHODS.contains(select.identifier().name()));
  }

  /** The caught exception and the locals of the block initialised from it, such as {@code Exception cause = translate(e)}. */
  private static Set<Symbol> carriers(CatchBlock catchBlock, Symbol caught) {
    Set<Symbol> carriers = new HashSet<>();
    carriers.add(caught);
    catchBlock.tree().block().accept(new BaseTreeVisitor() {
      @Override
      public void visitVariable(VariableTree variable) {
        super.visitVariable(variable);
        if (variable.initializer() != null && carries(variable.initializer(), carriers)) {
          carriers.add(variable.symbol());
        }
      }
    });
    return carriers;
  }

  /** True when the expression may hold one of the carriers: itself, wrapped, or passed through a method. */
  private static boolean carries(ExpressionTree expression, Set<Symbol> carriers) {
    boolean[] carried = {false};
    expression.accept(new BaseTreeVisitor() {
      @Override
      public void visitIdentifier(IdentifierTree identifier) {
        if (carriers.contains(identifier.symbol()) && survivesUpTo(identifier, expression)) {
          carried[0] = true;
        }
      }
    });
    return carried[0];
  }

  /**
   * Walks from a reference up to the argument: the exception survives unless a step turns it into text, a
   * number or a boolean ({@code "failed: " + e}, {@code e.getMessage()}, {@code describe(e)} returning a String).
   * Unknown types count as surviving: the rule stays silent rather than guess.
   */
  private static boolean survivesUpTo(IdentifierTree reference, ExpressionTree argument) {
    Tree child = reference;
    while (child != argument) {
      Tree parent = child.parent();
      if (parent == null) {
        return false;
      }
      if (parent instanceof MemberSelectExpressionTree select && select.expression() == child
        && select.parent() instanceof MethodInvocationTree call && TEXT_METHODS.contains(select.identifier().name())
        && call.arguments().isEmpty()) {
        return false;
      }
      if (parent instanceof ConditionalExpressionTree conditional && conditional.condition() == child) {
        return false;
      }
      if (parent instanceof ExpressionTree parentExpression && dropsException(parentExpression.symbolType())) {
        return false;
      }
      child = parent;
    }
    return true;
  }

  private static boolean dropsException(Type type) {
    return !type.isUnknown() && (type.isPrimitive() || type.isPrimitiveWrapper() || type.is("java.lang.String") || type.isVoid());
  }
}
