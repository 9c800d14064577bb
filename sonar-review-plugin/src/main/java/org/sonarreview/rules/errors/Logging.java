package org.sonarreview.rules.errors;

import java.util.Optional;
import java.util.Set;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * Recognises logging, shared by the error-handling rules: a call "logs" when its receiver is a logger of
 * SLF4J, Log4j 2, java.util.logging, commons-logging or {@code System.Logger} (or one of their fluent
 * builders), or a project logger whose type name ends in {@code Logger} or {@code Log}. A receiver whose
 * type cannot be resolved is {@link Verdict#UNKNOWN}: callers must not guess either way.
 */
public final class Logging {

  /** Whether a call goes to a logger. */
  public enum Verdict { LOGGER, NOT_LOGGER, UNKNOWN }

  private static final Set<String> LOGGER_TYPES = Set.of(
    "org.slf4j.Logger", "org.slf4j.spi.LoggingEventBuilder",
    "org.apache.logging.log4j.Logger", "org.apache.logging.log4j.LogBuilder",
    "java.util.logging.Logger",
    "org.apache.commons.logging.Log",
    "java.lang.System$Logger", "java.lang.System.Logger");

  private static final Set<String> LOGGING_IMPLEMENTATION_TYPES = Set.of("java.util.logging.Handler", "java.util.logging.ErrorManager");

  private Logging() {
  }

  /** True for the known logging APIs, their subtypes, and project types named {@code ...Logger} or {@code ...Log}. */
  public static boolean isLoggerType(Type type) {
    if (type.isUnknown()) {
      return false;
    }
    String name = type.name();
    if (name.endsWith("Logger") || name.endsWith("Log")) {
      return true;
    }
    return LOGGER_TYPES.stream().anyMatch(type::isSubtypeOf);
  }

  /**
   * True for code that is part of a logging system: a logger, a {@code java.util.logging} handler or error
   * manager, or an appender. Such code has nowhere to report its own failures but the console.
   */
  public static boolean isLoggingImplementation(Type type) {
    return !type.isUnknown()
      && (isLoggerType(type) || type.name().endsWith("Appender") || LOGGING_IMPLEMENTATION_TYPES.stream().anyMatch(type::isSubtypeOf));
  }

  /** True when the tree, outside nested lambdas and classes, makes a call to a known logger. */
  public static boolean containsLoggerCall(Tree tree) {
    boolean[] found = {false};
    tree.accept(new SameFrameVisitor() {
      @Override
      public void visitMethodInvocation(MethodInvocationTree call) {
        found[0] |= classify(call) == Verdict.LOGGER;
        super.visitMethodInvocation(call);
      }
    });
    return found[0];
  }

  /** Method names of log calls, for receivers whose type is unknown. */
  private static final Set<String> LOG_METHOD_NAMES = Set.of("trace", "debug", "info", "warn", "warning", "error", "fatal",
    "severe", "config", "fine", "finer", "finest", "log");

  /**
   * Whether the tree holds a call that reads like a log call ({@code log.warn(...)}) on a receiver whose type is
   * unknown (Lombok's generated {@code log} field, an incomplete classpath): it may be logging, nobody can tell.
   */
  public static boolean containsPossibleLoggerCall(Tree tree) {
    boolean[] found = {false};
    tree.accept(new SameFrameVisitor() {
      @Override
      public void visitMethodInvocation(MethodInvocationTree call) {
        found[0] |= classify(call) == Verdict.UNKNOWN && call.methodSelect() instanceof MemberSelectExpressionTree select
          && LOG_METHOD_NAMES.contains(select.identifier().name());
        super.visitMethodInvocation(call);
      }
    });
    return found[0];
  }

  /** Whether the call's receiver is a logger (or a logging class, for static calls such as {@code Log.e(...)}). */
  public static Verdict classify(MethodInvocationTree call) {
    if (!(call.methodSelect() instanceof MemberSelectExpressionTree select)) {
      // An unqualified call is a method of this class, not a logger.
      return Verdict.NOT_LOGGER;
    }
    Type receiver = select.expression().symbolType();
    if (receiver.isUnknown()) {
      return Verdict.UNKNOWN;
    }
    return isLoggerType(receiver) ? Verdict.LOGGER : Verdict.NOT_LOGGER;
  }

  /**
   * A call that writes a log record: on a logger, and not a factory or fluent step that returns a logger or
   * builder ({@code Logger.getLogger(...)}, {@code log.atError()}).
   */
  public static boolean isLoggingCall(MethodInvocationTree call) {
    return classify(call) == Verdict.LOGGER && !isLoggerType(call.symbolType());
  }

  /**
   * The first certain logger call in the catch block that does not receive the caught exception, as an argument
   * or earlier in a fluent chain ({@code log.atError().setCause(e).log(...)}).
   */
  public static Optional<MethodInvocationTree> callLoggingWithoutTheException(CatchBlock catchBlock) {
    LoggerCallFinder finder = new LoggerCallFinder(catchBlock, false);
    catchBlock.tree().block().accept(finder);
    return Optional.ofNullable(finder.found);
  }

  private static final class LoggerCallFinder extends SameFrameVisitor {
    private final CatchBlock catchBlock;
    private final boolean withException;
    private MethodInvocationTree found;

    private LoggerCallFinder(CatchBlock catchBlock, boolean withException) {
      this.catchBlock = catchBlock;
      this.withException = withException;
    }

    @Override
    public void visitMethodInvocation(MethodInvocationTree call) {
      if (found == null && isLoggingCall(call) && passesException(call) == withException) {
        found = call;
      }
      super.visitMethodInvocation(call);
    }

    private boolean passesException(MethodInvocationTree call) {
      for (ExpressionTree argument : call.arguments()) {
        if (catchBlock.isReference(argument)) {
          return true;
        }
      }
      // Fluent APIs: log.atError().setCause(e).log("...") passes it earlier in the chain.
      return call.methodSelect() instanceof MemberSelectExpressionTree select
        && select.expression() instanceof MethodInvocationTree previous
        && classify(previous) == Verdict.LOGGER
        && passesException(previous);
    }

    @Override
    protected void scan(Tree tree) {
      if (found == null) {
        super.scan(tree);
      }
    }
  }
}
