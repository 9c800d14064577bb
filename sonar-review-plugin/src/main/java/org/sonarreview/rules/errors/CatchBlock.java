package org.sonarreview.rules.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.location.Position;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.CatchTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.SyntaxToken;
import org.sonar.plugins.java.api.tree.SyntaxTrivia;
import org.sonar.plugins.java.api.tree.ThrowStatementTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TryStatementTree;
import org.sonar.plugins.java.api.tree.TypeTree;
import org.sonar.plugins.java.api.tree.UnionTypeTree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.tree.Expressions;
import org.sonarreview.tree.QualifiedNames;
import org.sonarreview.tree.Trees;
import org.sonarreview.tree.TypeText;

/**
 * One catch clause and what its block does with the caught exception: reads it, throws, rethrows or wraps
 * it. Relies on the syntax tree and the catch parameter's local symbol, which resolve without a classpath.
 */
public final class CatchBlock {

  private static final Pattern NOT_EXPLANATION = Pattern.compile("^(?i:todo|fixme|xxx)\\b");

  private final CatchTree tree;
  private final Symbol symbol;

  public CatchBlock(CatchTree tree) {
    this.tree = tree;
    this.symbol = tree.parameter().symbol();
  }

  public CatchTree tree() {
    return tree;
  }

  public VariableTree parameter() {
    return tree.parameter();
  }

  /** The name of the caught exception variable. */
  public String name() {
    return tree.parameter().simpleName().name();
  }

  /** The caught types as written, one per alternative of a multi-catch ({@code IOException}, {@code java.sql.SQLException}). */
  public List<String> caughtTypeNames() {
    Tree type = tree.parameter().type();
    if (type instanceof UnionTypeTree union) {
      return union.typeAlternatives().stream().map(TypeText::of).toList();
    }
    return List.of(TypeText.of(type));
  }

  /** The caught types, one per alternative of a multi-catch; unknown ones stay in the list as unknown types. */
  public List<Type> caughtTypes() {
    Tree type = tree.parameter().type();
    if (type instanceof UnionTypeTree union) {
      return union.typeAlternatives().stream().map(TypeTree::symbolType).toList();
    }
    return List.of(tree.parameter().type().symbolType());
  }

  /** True when the block has no statement (it may still hold comments). */
  public boolean isEmpty() {
    return tree.block().body().isEmpty();
  }

  /** True when the block holds no statement but a comment, presumably saying why nothing is done. */
  public boolean isOnlyComment() {
    return isEmpty() && !tree.block().closeBraceToken().trivias().isEmpty();
  }

  /**
   * True when a comment stands anywhere in the block: the author says why it does what it does. Comments sit in
   * front of the first or last token of some tree, which is where this looks.
   */
  public boolean hasComment() {
    boolean[] found = {!tree.block().closeBraceToken().trivias().isEmpty()};
    tree.block().accept(new BaseTreeVisitor() {
      @Override
      protected void scan(@Nullable Tree child) {
        if (child == null || found[0]) {
          return;
        }
        found[0] = hasTrivia(child.firstToken()) || hasTrivia(child.lastToken());
        super.scan(child);
      }
    });
    return found[0];
  }

  /**
   * True when a comment in the block, before the statement, says something: not empty, not a {@code TODO},
   * {@code FIXME} or {@code XXX} marker, and not a commented-out statement (text ending with {@code ;}, <code>{</code>
   * or <code>}</code>). Comments after the statement, on its line or later, do not count.
   */
  public boolean explainsBefore(Tree statement) {
    Position start = Position.startOf(statement);
    boolean[] found = {explains(statement.firstToken())};
    tree.block().accept(new BaseTreeVisitor() {
      @Override
      protected void scan(@Nullable Tree child) {
        SyntaxToken first = child == null ? null : child.firstToken();
        if (first == null || found[0] || !Position.startOf(first).isBefore(start)) {
          // Empty trees hold no token; a tree that starts at or after the statement holds no comment before it.
          return;
        }
        found[0] = explains(first) || explainsBeforeStart(child.lastToken(), start);
        super.scan(child);
      }
    });
    return found[0];
  }

  private static boolean explainsBeforeStart(@Nullable SyntaxToken token, Position start) {
    return token != null && token.trivias().stream()
      .anyMatch(trivia -> Position.startOf(trivia).isBefore(start) && isExplanation(trivia));
  }

  private static boolean explains(@Nullable SyntaxToken token) {
    return token != null && token.trivias().stream().anyMatch(CatchBlock::isExplanation);
  }

  private static boolean isExplanation(SyntaxTrivia comment) {
    String text = comment.commentContent().replaceAll("(?m)^\\s*\\*+", " ").strip();
    return text.codePoints().anyMatch(Character::isLetter)
      && !NOT_EXPLANATION.matcher(text).find()
      && !text.endsWith(";") && !text.endsWith("{") && !text.endsWith("}");
  }

  /**
   * True when the block reads the caught exception only to hand it to a logger ({@code log.warn("...", e)},
   * {@code log.atWarn().setCause(e)}, {@code log.warn(e.getMessage())}), or not at all.
   */
  public boolean usedOnlyByLoggers() {
    return references().stream().allMatch(this::isInsideLoggerCall);
  }

  private boolean isInsideLoggerCall(IdentifierTree reference) {
    for (Tree current = reference.parent(); current != null && current != tree; current = current.parent()) {
      if (current instanceof MethodInvocationTree call && Logging.classify(call) == Logging.Verdict.LOGGER
        && !Trees.isInside(reference, call.methodSelect())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasTrivia(@Nullable SyntaxToken token) {
    // SonarJava keeps only comments as trivia.
    return token != null && !token.trivias().isEmpty();
  }

  /** True when the expression, under parentheses and casts, is the caught exception variable. */
  public boolean isReference(ExpressionTree expression) {
    ExpressionTree unwrapped = Expressions.skipParenthesesAndCasts(expression);
    return unwrapped instanceof IdentifierTree identifier && refersToCaught(identifier);
  }

  /** Every read of the caught exception inside the block, including in lambdas and nested classes. */
  public List<IdentifierTree> references() {
    List<IdentifierTree> references = new ArrayList<>();
    tree.block().accept(new BaseTreeVisitor() {
      @Override
      public void visitIdentifier(IdentifierTree identifier) {
        if (refersToCaught(identifier)) {
          references.add(identifier);
        }
      }
    });
    return references;
  }

  /**
   * The throw statements that leave this block: those of nested lambdas and classes run elsewhere, and those
   * of a nested catch clause belong to that clause's own exception.
   */
  public List<ThrowStatementTree> throwStatements() {
    List<ThrowStatementTree> throwStatements = new ArrayList<>();
    tree.block().accept(new SameFrameVisitor() {
      @Override
      public void visitThrowStatement(ThrowStatementTree throwStatement) {
        throwStatements.add(throwStatement);
        super.visitThrowStatement(throwStatement);
      }

      @Override
      public void visitCatch(CatchTree nested) {
        // Its throws are judged against its own variable.
      }
    });
    return throwStatements;
  }

  /** True when the block throws the caught exception itself ({@code throw e;} or {@code throw (X) e;}). */
  public boolean rethrows() {
    return throwStatements().stream().anyMatch(throwStatement -> isReference(throwStatement.expression()));
  }

  /** True when the block calls {@code Thread.currentThread().interrupt()}. */
  public boolean restoresInterruptFlag() {
    if (callsThreadInterrupt(tree.block())) {
      return true;
    }
    // Recorded here (a flag) and restored in the try statement's finally block.
    return tree.parent() instanceof TryStatementTree tryStatement && tryStatement.finallyBlock() != null
      && callsThreadInterrupt(tryStatement.finallyBlock());
  }

  private static boolean callsThreadInterrupt(Tree block) {
    boolean[] found = {false};
    block.accept(new SameFrameVisitor() {
      @Override
      public void visitMethodInvocation(MethodInvocationTree call) {
        if (call.methodSelect() instanceof MemberSelectExpressionTree select
          && "interrupt".equals(select.identifier().name())
          && select.expression() instanceof MethodInvocationTree receiver
          && "Thread.currentThread".equals(QualifiedNames.of(receiver.methodSelect()))) {
          found[0] = true;
        }
        super.visitMethodInvocation(call);
      }
    });
    return found[0];
  }

  private boolean refersToCaught(IdentifierTree identifier) {
    if (!symbol.isUnknown()) {
      return identifier.symbol() == symbol;
    }
    return identifier.name().equals(name()) && identifier != tree.parameter().simpleName();
  }
}
