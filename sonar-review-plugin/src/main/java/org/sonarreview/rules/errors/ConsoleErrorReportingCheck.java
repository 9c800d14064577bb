package org.sonarreview.rules.errors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.BlockTree;
import org.sonar.plugins.java.api.tree.CatchTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.ExpressionStatementTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.StatementTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TryStatementTree;
import org.sonar.plugins.java.api.tree.TypeTree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.tree.Expressions;
import org.sonarreview.tree.Imports;
import org.sonarreview.tree.MainMethods;
import org.sonarreview.tree.QualifiedNames;
import org.sonarreview.tree.TypeText;

/** {@code printStackTrace()} and {@code System.out}/{@code System.err} printing inside a catch block. */
@Rule(key = "ConsoleErrorReporting")
public class ConsoleErrorReportingCheck extends ReviewCheck {

  private static final Set<String> PRINT_METHODS = Set.of("print", "println", "printf", "format", "write", "append");
  private static final Set<String> CONSOLE_STREAMS = Set.of("out", "err");
  private static final String NATIVE_IMAGE_FEATURE = "org.graalvm.nativeimage.hosted.Feature";

  @RuleProperty(key = "allowInMain", description = "Leave alone console output in command-line tools: classes that declare a 'main' method, and their nested classes (true or false)", defaultValue = "true")
  public boolean allowInMain = true;

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.METHOD_INVOCATION);
  }

  @Override
  public void visitNode(Tree tree) {
    MethodInvocationTree call = (MethodInvocationTree) tree;
    if (!(call.methodSelect() instanceof MemberSelectExpressionTree select)) {
      return;
    }
    Optional<CatchBlock> catchBlock = enclosingCatch(call);
    if (catchBlock.isEmpty() || (allowInMain && isInMain(call)) || loggingFailed(catchBlock.get()) || hasNoLoggerToUse(call)) {
      return;
    }
    String method = select.identifier().name();
    String what;
    if ("printStackTrace".equals(method) && printsStackTraceToConsole(call, select, catchBlock.get())) {
      what = "'printStackTrace()'";
    } else if (PRINT_METHODS.contains(method) && isConsoleStream(select.expression())) {
      what = "'System." + ((MemberSelectExpressionTree) select.expression()).identifier().name() + "'";
    } else {
      return;
    }
    String logger = loggerField(call).map(name -> "'" + name + "'").orElse("a logger");
    reportIssue(call, "Report this error through " + logger + ", passing the exception, instead of " + what + ".");
  }

  /** {@code e.printStackTrace()} or {@code e.printStackTrace(System.err)} on a Throwable. */
  private static boolean printsStackTraceToConsole(MethodInvocationTree call, MemberSelectExpressionTree select, CatchBlock catchBlock) {
    boolean onThrowable = catchBlock.isReference(select.expression())
      || (!call.methodSymbol().isUnknown() && call.methodSymbol().owner().type().isSubtypeOf("java.lang.Throwable"));
    if (!onThrowable) {
      return false;
    }
    return call.arguments().isEmpty() || (call.arguments().size() == 1 && isConsoleStream(call.arguments().get(0)));
  }

  /** The try body logs: when the logger itself fails, the console is the only channel left. */
  private static boolean loggingFailed(CatchBlock catchBlock) {
    if (!(catchBlock.tree().parent() instanceof TryStatementTree tryStatement)) {
      return false;
    }
    // Only a try body that does nothing but log (local variables for the message aside): then the failure caught is
    // the logger's own. A body that logs and then does other work fails for other reasons.
    List<StatementTree> body = tryStatement.block().body();
    return !body.isEmpty() && body.stream().allMatch(statement -> statement instanceof VariableTree
      || (statement instanceof ExpressionStatementTree expression && expression.expression() instanceof MethodInvocationTree call
        && Logging.classify(call) == Logging.Verdict.LOGGER))
      && Logging.containsLoggerCall(tryStatement.block());
  }

  /**
   * Code that runs where no logger is available: a logging implementation reporting its own failures, and
   * GraalVM native-image features, which run inside the image build and report on its console.
   */
  private boolean hasNoLoggerToUse(Tree tree) {
    for (Tree current = tree.parent(); current != null; current = current.parent()) {
      if (current instanceof ClassTree type
        && (Logging.isLoggingImplementation(type.symbol().type()) || type.superInterfaces().stream().anyMatch(this::isNativeImageFeature))) {
        return true;
      }
    }
    return false;
  }

  /** {@code org.graalvm.nativeimage.hosted.Feature}, also when the GraalVM SDK is not on the classpath but imported. */
  private boolean isNativeImageFeature(TypeTree type) {
    if (!type.symbolType().isUnknown()) {
      return type.symbolType().is(NATIVE_IMAGE_FEATURE);
    }
    String written = TypeText.of(type);
    return NATIVE_IMAGE_FEATURE.equals(written)
      || (QualifiedNames.lastSegment(NATIVE_IMAGE_FEATURE).equals(written) && imports(NATIVE_IMAGE_FEATURE));
  }

  private boolean imports(String qualifiedName) {
    return Imports.typeImports(fileContext().getTree()).contains(qualifiedName);
  }

  /** {@code System.out} or {@code System.err} of {@code java.lang.System}. */
  private static boolean isConsoleStream(ExpressionTree expression) {
    if (!(Expressions.skipParenthesesAndCasts(expression) instanceof MemberSelectExpressionTree stream)
      || !CONSOLE_STREAMS.contains(stream.identifier().name())) {
      return false;
    }
    Symbol field = stream.identifier().symbol();
    return !field.isUnknown() && field.owner().type().is("java.lang.System");
  }

  /** The catch block around the call, without crossing a method or class boundary. */
  private static Optional<CatchBlock> enclosingCatch(Tree tree) {
    for (Tree current = tree.parent(); current != null; current = current.parent()) {
      if (current instanceof BlockTree block && block.parent() instanceof CatchTree catchTree && catchTree.block() == block) {
        return Optional.of(new CatchBlock(catchTree));
      }
      if (current instanceof MethodTree || current instanceof ClassTree) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * In a {@code main} method, or anywhere in a command-line tool: a class that declares a launcher {@code main}, or a
   * class nested in one. There the console is how the tool talks to its user.
   */
  private static boolean isInMain(Tree tree) {
    for (Tree current = tree.parent(); current != null; current = current.parent()) {
      if (current instanceof ClassTree owner && declaresLauncherMain(owner)) {
        return true;
      }
    }
    return false;
  }

  private static boolean declaresLauncherMain(ClassTree owner) {
    return owner.members().stream().anyMatch(member -> member instanceof MethodTree method && MainMethods.isLauncherMain(method));
  }

  /** A logger field of the enclosing classes, to name in the message. */
  private static Optional<String> loggerField(Tree tree) {
    for (Tree current = tree.parent(); current != null; current = current.parent()) {
      if (current instanceof ClassTree owner) {
        Optional<String> field = owner.members().stream()
          .filter(VariableTree.class::isInstance)
          .map(VariableTree.class::cast)
          .filter(variable -> Logging.isLoggerType(variable.symbol().type()))
          .map(variable -> variable.simpleName().name())
          .findFirst();
        if (field.isPresent()) {
          return field;
        }
      }
    }
    return Optional.empty();
  }
}
