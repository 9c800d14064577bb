package org.sonarreview.sql;

import java.util.List;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.AnnotationTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.ForEachStatement;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.LambdaExpressionTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.tree.Annotations;

import static org.sonarreview.sql.OriginWalk.callName;
import static org.sonarreview.sql.OriginWalk.firstPath;
import static org.sonarreview.sql.OriginWalk.isConstructor;
import static org.sonarreview.sql.OriginWalk.source;
import static org.sonarreview.sql.OriginWalk.then;

/**
 * The origin of a variable the tracer stopped at: a parameter (its callers' arguments when the method is private or
 * its call is being followed, outside input otherwise), a lambda parameter (the elements of what the lambda is
 * applied to), a loop variable (the elements of what it iterates), or a field it could not follow (of another
 * class, assignable from outside, or injected).
 */
final class VariableOrigins {

  private VariableOrigins() {
  }

  @Nullable
  static List<PathStep> of(OriginWalk walk, ExpressionTree use, Symbol symbol, int depth) {
    if (!(symbol instanceof Symbol.VariableSymbol variable) || symbol.isUnknown()) {
      return null;
    }
    VariableTree declaration = variable.declaration();
    if (variable.isParameter()) {
      return ofParameter(walk, variable, declaration, depth);
    }
    if (variable.owner() != null && variable.owner().isTypeSymbol()) {
      return ofField(use, variable, declaration);
    }
    if (declaration != null && declaration.parent() instanceof ForEachStatement loop && loop.variable() == declaration) {
      return then(walk.ofValue(loop.expression(), Containers.Elements.ALL, depth),
        new PathStep(declaration.simpleName(), "Each element assigned to '" + variable.name() + "'."));
    }
    // A pattern or resource variable: not followed.
    return source(declaration == null ? use : declaration.simpleName(), "Source: variable '" + variable.name() + "', not traced further.");
  }

  /** Fields the tracer did not follow: those of other classes, those outside code can assign, and injected ones. */
  @Nullable
  private static List<PathStep> ofField(ExpressionTree use, Symbol.VariableSymbol field, @Nullable VariableTree declaration) {
    boolean ofEnumValue = use instanceof MemberSelectExpressionTree select && select.expression().symbolType().symbol().isEnum();
    if (ofEnumValue || field.owner().isEnum()) {
      return null;
    }
    String name = field.name();
    if (field.owner().type().isSubtypeOf("java.lang.Record")) {
      return source(declaration == null ? use : declaration.simpleName(),
        "Source: component '" + name + "' of record '" + field.owner().name() + "'.");
    }
    if (declaration == null) {
      return source(use, "Source: field '" + name + "' of another class.");
    }
    if (!SqlTextTracer.isTraceable(field)) {
      return source(declaration.simpleName(), "Source: field '" + name + "', which code outside the class can assign.");
    }
    // Private or final, but never assigned here: a framework injects it, or reflection sets it.
    List<AnnotationTree> annotations = declaration.modifiers().annotations();
    return source(declaration.simpleName(), annotations.isEmpty()
      ? ("Source: field '" + name + "', never assigned in this class.")
      : ("Source: field '" + name + "', injected by '@" + Annotations.simpleName(annotations.get(0)) + "'."));
  }

  @Nullable
  private static List<PathStep> ofParameter(OriginWalk walk, Symbol.VariableSymbol parameter, @Nullable VariableTree declaration,
    int depth) {
    if (declaration == null) {
      return null;
    }
    if (declaration.parent() instanceof LambdaExpressionTree lambda) {
      return ofLambdaParameter(walk, lambda, declaration, depth);
    }
    MethodTree method = parameter.owner() instanceof Symbol.MethodSymbol owner ? owner.declaration() : null;
    int index = method == null ? -1 : method.parameters().indexOf(declaration);
    if (index < 0) {
      return source(declaration.simpleName(), "Source: variable '" + parameter.name() + "', not traced further.");
    }
    Symbol.MethodSymbol symbol = method.symbol();
    if (isConstructor(symbol) && symbol.owner().isEnum()) {
      // Enum constants pass their arguments in the code.
      return null;
    }
    Tree call = walk.bindings.get(symbol);
    if (call != null) {
      return ofArgument(walk, call, symbol, index, declaration, depth);
    }
    if (symbol.isPrivate()) {
      return ofCallSites(walk, symbol, index, declaration, depth);
    }
    return source(declaration.simpleName(), "Source: parameter '" + parameter.name() + "' of " + visibility(symbol) + " "
      + (isConstructor(symbol) ? "constructor '" + symbol.owner().name() : "method '" + symbol.name()) + "'.");
  }

  /** The elements of what the lambda is applied to: {@code columns} for {@code columns.stream().map(c -> ...)}. */
  @Nullable
  private static List<PathStep> ofLambdaParameter(OriginWalk walk, LambdaExpressionTree lambda, VariableTree declaration, int depth) {
    String name = declaration.simpleName().name();
    ExpressionTree receiver = lambda.parent() != null && lambda.parent().parent() instanceof MethodInvocationTree call
      ? SqlTextTracer.receiverOf(call) : null;
    if (receiver == null) {
      return source(declaration.simpleName(), "Source: lambda parameter '" + name + "', not traced further.");
    }
    Containers.Elements elements = Containers.Elements.ALL;
    if (receiver.symbolType().isSubtypeOf("java.util.Map") && lambda.parameters().size() == 2) {
      elements = lambda.parameters().get(0) == declaration ? Containers.Elements.KEYS : Containers.Elements.VALUES;
    }
    return then(walk.ofValue(receiver, elements, depth), new PathStep(declaration.simpleName(), "Each element passed as '" + name + "'."));
  }

  /** Private: what its call sites in the file pass. An unused method passes nothing. */
  @Nullable
  private static List<PathStep> ofCallSites(OriginWalk walk, Symbol.MethodSymbol method, int index, VariableTree parameter, int depth) {
    if (method.usages().stream().anyMatch(usage -> callOf(usage) == null)) {
      return source(parameter.simpleName(), "Source: parameter '" + parameter.simpleName().name() + "' of private method '"
        + method.name() + "', used as a method reference.");
    }
    return walk.unlessInProgress(method,
      () -> firstPath(method.usages(), usage -> ofArgument(walk, callOf(usage), method, index, parameter, depth)));
  }

  @Nullable
  private static List<PathStep> ofArgument(OriginWalk walk, Tree call, Symbol.MethodSymbol method, int index, VariableTree parameter,
    int depth) {
    List<ExpressionTree> arguments = call instanceof MethodInvocationTree invocation ? invocation.arguments()
      : ((NewClassTree) call).arguments();
    boolean varargs = method.isVarArgsMethod() && index == method.parameterTypes().size() - 1;
    List<ExpressionTree> passed = index >= arguments.size() ? List.of()
      : varargs ? arguments.subList(index, arguments.size()) : List.of(arguments.get(index));
    return firstPath(passed, argument -> then(walk.ofValue(argument, Containers.Elements.ALL, depth),
      new PathStep(argument, "Passed as '" + parameter.simpleName().name() + "' to '" + callName(method) + "'.")));
  }

  /** The call or {@code new} a usage of a method or constructor makes; null for a method reference. */
  @Nullable
  private static Tree callOf(IdentifierTree usage) {
    Tree current = usage.parent() instanceof MemberSelectExpressionTree select && select.identifier() == usage ? select : usage;
    if (current.parent() instanceof MethodInvocationTree call && call.methodSelect() == current) {
      return call;
    }
    return current.parent() instanceof NewClassTree newObject && newObject.identifier() == current ? newObject : null;
  }

  private static String visibility(Symbol.MethodSymbol method) {
    if (method.isPublic()) {
      return "public";
    }
    return method.isProtected() ? "protected" : "package-private";
  }
}
