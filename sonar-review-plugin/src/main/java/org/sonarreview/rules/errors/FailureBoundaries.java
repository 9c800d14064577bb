package org.sonarreview.rules.errors;

import java.util.Set;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.LambdaExpressionTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.tree.Annotations;
import org.sonarreview.tree.MainMethods;

/**
 * Code that the JVM, an executor or a framework calls, where a catch-all is the last line of defence:
 * {@code main}, {@code run}, {@code Callable.call}, scheduled, event and exception-handler methods, and
 * listener callbacks.
 */
public final class FailureBoundaries {

  private static final Set<String> ENTRY_ANNOTATIONS = Set.of(
    "Scheduled", "Schedules", "EventListener", "TransactionalEventListener", "ExceptionHandler", "Subscribe",
    "KafkaListener", "JmsListener", "RabbitListener", "SqsListener", "StreamListener", "Incoming", "Observes");
  private static final Set<String> CALLBACK_TYPE_SUFFIXES = Set.of("Listener", "Callback", "Handler", "Observer", "Subscriber");
  private static final Set<String> TASK_TYPES = Set.of("java.lang.Runnable", "java.util.concurrent.Callable");

  /** What the code's enclosing function is. */
  public enum Kind { ENTRY_POINT, ORDINARY, UNKNOWN }

  private FailureBoundaries() {
  }

  /** Classifies the method or lambda that encloses the tree. */
  public static Kind enclosingFunctionOf(Tree tree) {
    for (Tree current = tree.parent(); current != null; current = current.parent()) {
      if (current instanceof MethodTree method) {
        return classify(method);
      }
      if (current instanceof LambdaExpressionTree lambda) {
        return classify(lambda);
      }
      if (current instanceof ClassTree) {
        // Initialisers and field initialisers.
        return Kind.ORDINARY;
      }
    }
    return Kind.ORDINARY;
  }

  private static Kind classify(MethodTree method) {
    String name = method.simpleName().name();
    boolean noParameters = method.parameters().isEmpty();
    if (MainMethods.isLauncherMain(method) || (noParameters && ("run".equals(name) || "call".equals(name)))
      || method.modifiers().annotations().stream().anyMatch(annotation -> ENTRY_ANNOTATIONS.contains(Annotations.simpleName(annotation)))) {
      return Kind.ENTRY_POINT;
    }
    Boolean overriding = method.isOverriding();
    if (overriding == null || hasUnknownSupertype(method.symbol().owner())) {
      // It may implement a listener that cannot be resolved.
      return Kind.UNKNOWN;
    }
    if (overriding && method.symbol().overriddenSymbols().stream().anyMatch(overridden -> isCallbackType(overridden.owner()))) {
      return Kind.ENTRY_POINT;
    }
    return Kind.ORDINARY;
  }

  private static Kind classify(LambdaExpressionTree lambda) {
    Type type = lambda.symbolType();
    if (type.isUnknown()) {
      return Kind.UNKNOWN;
    }
    if (TASK_TYPES.stream().anyMatch(type::is) || isCallbackType(type.symbol())) {
      return Kind.ENTRY_POINT;
    }
    return Kind.ORDINARY;
  }

  private static boolean hasUnknownSupertype(Symbol owner) {
    if (!(owner instanceof Symbol.TypeSymbol type)) {
      return false;
    }
    Type superClass = type.superClass();
    return (superClass != null && superClass.isUnknown()) || type.interfaces().stream().anyMatch(Type::isUnknown);
  }

  private static boolean isCallbackType(@Nullable Symbol owner) {
    return owner != null && CALLBACK_TYPE_SUFFIXES.stream().anyMatch(owner.name()::endsWith);
  }
}
