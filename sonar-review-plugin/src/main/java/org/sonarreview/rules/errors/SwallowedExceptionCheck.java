package org.sonarreview.rules.errors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.BlockTree;
import org.sonar.plugins.java.api.tree.CatchTree;
import org.sonar.plugins.java.api.tree.ExpressionStatementTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.StatementTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TryStatementTree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.tree.QualifiedNames;

/**
 * Catch blocks that lose a failure: they neither use the caught exception (logging it counts) nor throw. With
 * {@code reportFallbacks=false}, only blocks that do nothing at all or log a message without the exception.
 */
@Rule(key = "SwallowedException")
public class SwallowedExceptionCheck extends ReviewCheck {

  /** Test assertions that fail when the try body completes: the catch clause is then the expected outcome. */
  private static final Set<String> FAIL_METHODS = Set.of("fail", "failBecauseExceptionWasNotThrown", "shouldHaveThrown");

  @RuleProperty(key = "allowCommentedBlocks", description = "Leave alone catch blocks whose only content is a comment (true or false)",
    defaultValue = "true")
  public boolean allowCommentedBlocks = true;

  @RuleProperty(key = "ignoredNames", description = "Regular expression; exception variables whose whole name matches it are left alone",
    defaultValue = "ignored?|expected|_")
  public String ignoredNames;

  @RuleProperty(key = "ignoredExceptions",
    description = "Comma-separated simple names of exceptions whose handlers may drop them when the block does something",
    defaultValue = "NumberFormatException,DateTimeParseException,ParseException,MalformedURLException")
  public String ignoredExceptions;

  @RuleProperty(key = "reportFallbacks",
    description = "Also report blocks that do something else (return a default, set a flag) without using the exception and "
      + "without a comment saying why (true or false)",
    defaultValue = "true")
  public boolean reportFallbacks = true;

  private final RuleParameter<Pattern> ignoredNamePattern = parameter("ignoredNames", ParameterType.regex());
  private final RuleParameter<Set<String>> ignoredExceptionNames = parameter("ignoredExceptions", ParameterType.names()
    .map(names -> names.stream().map(QualifiedNames::lastSegment).collect(Collectors.toSet())));

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.CATCH);
  }

  @Override
  public void visitNode(Tree tree) {
    CatchBlock catchBlock = new CatchBlock((CatchTree) tree);
    if (isLeftAlone(catchBlock) || !catchBlock.references().isEmpty() || !catchBlock.throwStatements().isEmpty()) {
      return;
    }
    String name = catchBlock.name();
    if (catchBlock.isEmpty()) {
      reportIssue(catchBlock.parameter(), "Handle, log or rethrow '" + name + "', or say in a comment why it is ignored: this empty block hides the failure.");
      return;
    }
    // A block that does something has chosen an outcome for the failure (a default value, a flag, another
    // attempt), and a comment there says why. What stays lost is the stack trace of a failure it reports.
    if (allowCommentedBlocks && catchBlock.hasComment()) {
      return;
    }
    Optional<MethodInvocationTree> logCall = Logging.callLoggingWithoutTheException(catchBlock);
    if (logCall.isPresent()) {
      reportIssue(catchBlock.parameter(), "Pass '" + name + "' to the logger so that its stack trace is kept, or rethrow it.",
        List.of(new JavaFileScannerContext.Location("Logged without the exception", logCall.get())), null);
    } else if (reportFallbacks && !Logging.containsPossibleLoggerCall(catchBlock.tree().block())) {
      reportIssue(catchBlock.parameter(), "Log or rethrow '" + name + "': this block drops the exception.");
    }
  }

  private boolean isLeftAlone(CatchBlock catchBlock) {
    if (ignoredNamePattern.value().matcher(catchBlock.name()).matches()) {
      return true;
    }
    if (allowCommentedBlocks && catchBlock.isOnlyComment()) {
      return true;
    }
    List<String> caught = catchBlock.caughtTypeNames().stream().map(QualifiedNames::lastSegment).toList();
    if (caught.contains("InterruptedException") && catchBlock.restoresInterruptFlag()) {
      return true;
    }
    if (!catchBlock.isEmpty() && ignoredExceptionNames.value().containsAll(caught)) {
      return true;
    }
    return catchesOwnSignal(catchBlock) || tryBodyEndsWithFail(catchBlock.tree());
  }

  /**
   * Exceptions nested in, and private to, the analysed file are its own signals: thrown to leave a visitor or a
   * loop early and caught on purpose, they carry no failure to lose. A top-level exception type of the file is
   * an ordinary failure that other code throws too.
   */
  private static boolean catchesOwnSignal(CatchBlock catchBlock) {
    return catchBlock.caughtTypes().stream().allMatch(type -> !type.isUnknown() && type.symbol().declaration() != null
      && (type.symbol().isPrivate() || type.symbol().owner().isTypeSymbol()));
  }

  /** {@code try { call(); fail(); } catch (X e) { }}: the test expects the exception, nothing is swallowed. */
  private static boolean tryBodyEndsWithFail(CatchTree catchTree) {
    if (!(catchTree.parent() instanceof TryStatementTree tryStatement)) {
      return false;
    }
    BlockTree body = tryStatement.block();
    if (body.body().isEmpty()) {
      return false;
    }
    StatementTree last = body.body().get(body.body().size() - 1);
    return last instanceof ExpressionStatementTree statement
      && statement.expression() instanceof MethodInvocationTree call
      && FAIL_METHODS.contains(QualifiedNames.lastSegment(QualifiedNames.of(call.methodSelect())));
  }

}
