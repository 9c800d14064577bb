package org.sonarreview.sql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.BlockTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.LambdaExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodReferenceTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;

import static org.sonarreview.sql.OriginWalk.callName;
import static org.sonarreview.sql.OriginWalk.firstPath;
import static org.sonarreview.sql.OriginWalk.source;
import static org.sonarreview.sql.OriginWalk.then;

/**
 * The origin of a call's result. A method of this file: what its bodies here return, with the call's arguments.
 * A read of the request, a file, the environment or the database: outside input. A framework's metadata: what it
 * is asked about. A JDK or utility transformation: its receiver and arguments. Any other method of another class:
 * outside input, since its body is out of sight.
 */
final class CallOrigins {

  private CallOrigins() {
  }

  @Nullable
  static List<PathStep> of(OriginWalk walk, MethodInvocationTree call, Containers.Elements elements, int depth) {
    Symbol.MethodSymbol method = call.methodSymbol();
    if (method.isUnknown() || walk.sanitizer.test(method.name())) {
      return null;
    }
    if (method.declaration() != null) {
      return ofDeclaredCall(walk, call, method, elements, depth);
    }
    if (KnownCalls.returnsCodeConstant(call)) {
      return null;
    }
    String read = InputSources.readBy(call);
    if (read != null) {
      return source(call, "Source: value read from " + read + " by '" + method.name() + "'.");
    }
    if (SqlIdentifiers.isMetadataCall(call)) {
      // Names the framework computes from the mapping: only what they are asked about can vary.
      return walk.ofValues(call.arguments(), depth);
    }
    if (KnownCalls.isTransformation(call)) {
      return ofTransformation(walk, call, elements, depth);
    }
    return source(call, "Source: value returned by '" + callName(method) + "', a method of another class.");
  }

  /** A method of this file: what its bodies here return, with this call's arguments in its parameters. */
  @Nullable
  private static List<PathStep> ofDeclaredCall(OriginWalk walk, MethodInvocationTree call, Symbol.MethodSymbol method,
    Containers.Elements elements, int depth) {
    List<MethodTree> bodies = walk.fileMethods.implementations(method);
    if (bodies.isEmpty()) {
      return source(call, "Source: value returned by '" + method.name() + "', implemented outside this file.");
    }
    return walk.unlessInProgress(method, () -> {
      Map<Symbol, Tree> outerBindings = new HashMap<>();
      bodies.forEach(body -> outerBindings.put(body.symbol(), walk.bindings.put(body.symbol(), call)));
      try {
        return firstPath(bodies, body -> firstPath(ResultExpressions.returnedBy(body.block()),
          returned -> then(walk.ofValue(returned, elements, depth), new PathStep(returned, "Returned by '" + method.name() + "'."))));
      } finally {
        outerBindings.forEach((symbol, outer) -> {
          if (outer == null) {
            walk.bindings.remove(symbol);
          } else {
            walk.bindings.put(symbol, outer);
          }
        });
      }
    });
  }

  /**
   * A JDK or utility call made of its receiver and arguments. {@code map(f)} holds what {@code f} returns;
   * a map's {@code keySet()} holds its keys and {@code get(k)} its values, whatever the key.
   */
  @Nullable
  private static List<PathStep> ofTransformation(OriginWalk walk, MethodInvocationTree call, Containers.Elements elements, int depth) {
    ExpressionTree receiver = SqlTextTracer.receiverOf(call);
    Containers.MapRead read = receiver != null && receiver.symbolType().isSubtypeOf("java.util.Map")
      ? Containers.MapRead.of(call) : Containers.MapRead.WHOLE;
    List<ExpressionTree> arguments = read.valueArguments(call);
    List<PathStep> path = firstPath(arguments, argument -> {
      if (argument instanceof LambdaExpressionTree lambda) {
        return walk.ofValues(lambdaResults(lambda), depth);
      }
      return argument instanceof MethodReferenceTree reference ? ofMethodReference(reference)
        : walk.ofValue(argument, Containers.Elements.ALL, depth);
    });
    // map(String::trim) passes the elements on, map(c -> "t." + c) only through the lambda's parameter.
    boolean elementsGoThrough = !KnownCalls.mapsElements(call) || arguments.stream().anyMatch(MethodReferenceTree.class::isInstance);
    if (path != null || receiver == null || !elementsGoThrough) {
      return path;
    }
    return walk.ofValue(receiver, read.elements(elements), depth);
  }

  /** {@code map(String::trim)} passes the elements on; {@code map(Order::getProperty)} returns what another class says. */
  @Nullable
  private static List<PathStep> ofMethodReference(MethodReferenceTree reference) {
    Symbol symbol = reference.method().symbol();
    if (!(symbol instanceof Symbol.MethodSymbol method) || method.isUnknown() || method.declaration() != null) {
      return null;
    }
    Symbol owner = method.owner();
    boolean known = owner == null || owner.type() == null || owner.type().symbol().isEnum()
      || owner.type().isSubtypeOf("java.lang.annotation.Annotation")
      || KnownCalls.isTransformationOwner(owner.type().fullyQualifiedName());
    return known ? null : source(reference, "Source: value returned by '" + callName(method) + "', a method of another class.");
  }

  private static List<ExpressionTree> lambdaResults(LambdaExpressionTree lambda) {
    if (lambda.body() instanceof BlockTree block) {
      return ResultExpressions.returnedBy(block);
    }
    return lambda.body() instanceof ExpressionTree expression ? List.of(expression) : List.of();
  }
}
