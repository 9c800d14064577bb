package org.sonarreview.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.ArrayAccessExpressionTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.LambdaExpressionTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodReferenceTree;
import org.sonar.plugins.java.api.tree.NewArrayTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.tree.Expressions;

/**
 * One search for the origin of a SQL part: the values it is made of ({@link SqlTextTracer}), each followed to its
 * sources ({@link VariableOrigins}, {@link CallOrigins}, {@link ContainerOrigins}). A path is null when every
 * source is constant, otherwise the steps from the first source of outside input found, source first.
 */
final class OriginWalk {

  private static final int MAX_DEPTH = 24;
  /** Leaves looked at per part: past it, a value counts as outside input rather than stalling the analysis. */
  private static final int MAX_LEAVES = 400;

  final Predicate<String> sanitizer;
  final FileMethods fileMethods;
  /** The call whose arguments the parameters of a method hold while that method's returns are followed. */
  final Map<Symbol, Tree> bindings = new HashMap<>();
  private final Set<Symbol> inProgress = new HashSet<>();
  private int leavesLeft = MAX_LEAVES;

  OriginWalk(Predicate<String> sanitizer, FileMethods fileMethods) {
    this.sanitizer = sanitizer;
    this.fileMethods = fileMethods;
  }

  /**
   * The part's source path, then the variables that carried it and, for a part of the SQL itself (not of a value
   * passed on), where it was built into the SQL.
   */
  @Nullable
  List<PathStep> ofPart(SqlPart part, Containers.Elements elements, int depth, boolean intoSql) {
    List<PathStep> source = ofLeaf(part.tree(), elements, depth);
    if (source == null) {
      return null;
    }
    List<PathStep> path = new ArrayList<>(source);
    // A filled container's path already ends with what was added to it.
    Symbol filled = Containers.createdInto(part.tree());
    boolean built = intoSql && addBuildStep(path, part.tree(), part);
    for (SqlPart.Hop hop : part.hops()) {
      if (hop.variable() != filled) {
        path.add(new PathStep(hop.assignedAt(), "Assigned to '" + hop.variable().name() + "'."));
      }
      if (intoSql && !built) {
        built = addBuildStep(path, hop.use(), part);
      }
    }
    return path;
  }

  private static boolean addBuildStep(List<PathStep> path, Tree value, SqlPart part) {
    String phrase = SqlPosition.buildPhrase(value);
    if (phrase == null) {
      return false;
    }
    path.add(new PathStep(value, phrase + (SqlIdentifiers.isName(part) ? " as a name." : ".")));
    return true;
  }

  /** The first source of outside input among the values an expression is made of. */
  @Nullable
  List<PathStep> ofValue(@Nullable ExpressionTree value, Containers.Elements elements, int depth) {
    if (value == null || KnownCalls.holdsOnlySafeValues(value.symbolType())) {
      return null;
    }
    return firstPath(new SqlTextTracer(sanitizer).valueParts(value), part -> ofPart(part, elements, depth + 1, false));
  }

  @Nullable
  List<PathStep> ofValues(List<? extends ExpressionTree> values, int depth) {
    return firstPath(values, value -> ofValue(value, Containers.Elements.ALL, depth));
  }

  /** The first path found among some candidates, such as the call sites of a method or the values put in a list. */
  @Nullable
  static <T> List<PathStep> firstPath(Iterable<T> candidates, Function<T, List<PathStep>> pathOf) {
    for (T candidate : candidates) {
      List<PathStep> path = pathOf.apply(candidate);
      if (path != null) {
        return path;
      }
    }
    return null;
  }

  /** Follows a method or variable unless it is already being followed: a cycle adds no source. */
  @Nullable
  List<PathStep> unlessInProgress(Symbol symbol, Supplier<List<PathStep>> follow) {
    if (!inProgress.add(symbol)) {
      return null;
    }
    try {
      return follow.get();
    } finally {
      inProgress.remove(symbol);
    }
  }

  @Nullable
  private List<PathStep> ofLeaf(Tree leaf, Containers.Elements elements, int depth) {
    if (!(leaf instanceof ExpressionTree tree)) {
      return null;
    }
    ExpressionTree expression = Expressions.skipParentheses(tree);
    if (--leavesLeft < 0 || depth > MAX_DEPTH) {
      return source(expression, "Source: a value not traced further.");
    }
    if (KnownCalls.holdsOnlySafeValues(expression.symbolType())) {
      return null;
    }
    Symbol.VariableSymbol container = Containers.createdInto(expression);
    if (container != null) {
      return ContainerOrigins.of(this, expression, container, elements, depth);
    }
    if (expression instanceof IdentifierTree identifier) {
      return VariableOrigins.of(this, identifier, identifier.symbol(), depth);
    } else if (expression instanceof MemberSelectExpressionTree select) {
      return VariableOrigins.of(this, select, select.identifier().symbol(), depth);
    } else if (expression instanceof MethodInvocationTree call) {
      return CallOrigins.of(this, call, elements, depth);
    } else if (expression instanceof ArrayAccessExpressionTree access) {
      return ofValue(access.expression(), Containers.Elements.ALL, depth);
    } else if (expression instanceof NewArrayTree array) {
      return ofValues(array.initializers(), depth);
    } else if (expression instanceof NewClassTree newObject && isText(newObject)) {
      return ofValues(newObject.arguments(), depth);
    } else if (expression instanceof LambdaExpressionTree || expression instanceof MethodReferenceTree) {
      return null;
    }
    return source(expression, "Source: a value of another class.");
  }

  private static boolean isText(NewClassTree newObject) {
    return newObject.symbolType().is("java.lang.String") || Containers.isContainer(newObject.symbolType());
  }

  static List<PathStep> source(Tree tree, String message) {
    return List.of(new PathStep(tree, message));
  }

  @Nullable
  static List<PathStep> then(@Nullable List<PathStep> path, PathStep step) {
    if (path == null) {
      return null;
    }
    List<PathStep> longer = new ArrayList<>(path);
    longer.add(step);
    return longer;
  }

  static boolean isConstructor(Symbol.MethodSymbol method) {
    return "<init>".equals(method.name());
  }

  /** {@code find} for a method of this file, {@code Order.getProperty} for one of another file, the class for a constructor. */
  static String callName(Symbol.MethodSymbol method) {
    Symbol owner = method.owner();
    if (isConstructor(method)) {
      return owner == null ? method.name() : owner.name();
    }
    return method.declaration() != null || owner == null ? method.name() : (owner.name() + "." + method.name());
  }
}
