package org.sonarreview.rules.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.CatchTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TryStatementTree;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.tree.QualifiedNames;

/**
 * {@code catch (Exception | Throwable | RuntimeException)} where the try body is known to throw only
 * narrower exceptions: the message names the catch to write instead.
 */
@Rule(key = "OverlyBroadCatch")
public class OverlyBroadCatchCheck extends ReviewCheck {

  private static final String EXCEPTION = "java.lang.Exception";
  private static final String THROWABLE = "java.lang.Throwable";
  private static final String RUNTIME_EXCEPTION = "java.lang.RuntimeException";
  private static final String ERROR = "java.lang.Error";
  private static final String REFLECTIVE_OPERATION = "java.lang.ReflectiveOperationException";
  /** Class and library loading fail with linkage errors: catching Throwable there is deliberate. */
  private static final Set<String> LOADING_METHODS = Set.of("forName", "loadClass", "loadLibrary", "load");

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.TRY_STATEMENT);
  }

  @Override
  public void visitNode(Tree tree) {
    TryStatementTree tryStatement = (TryStatementTree) tree;
    List<CatchTree> catches = tryStatement.catches();
    Optional<List<Type>> thrown = Optional.empty();
    for (int i = 0; i < catches.size(); i++) {
      CatchBlock catchBlock = new CatchBlock(catches.get(i));
      Optional<String> broadType = broadType(catchBlock);
      if (broadType.isEmpty() || isLeftAlone(catchBlock, broadType.get(), tryStatement)) {
        continue;
      }
      if (thrown.isEmpty()) {
        thrown = ThrownExceptions.ofTryBody(tryStatement);
      }
      if (thrown.isPresent() && !callsReflection(thrown.get())) {
        narrowerCatch(thrown.get(), catches.subList(0, i), broadType.get()).ifPresent(narrower -> reportIssue(catchBlock.parameter().type(),
          "Catch '" + narrower + "' instead of '" + QualifiedNames.lastSegment(broadType.get()) + "': the try body declares no other exception."));
      }
    }
  }

  private static Optional<String> broadType(CatchBlock catchBlock) {
    List<Type> caught = catchBlock.caughtTypes();
    if (caught.size() != 1) {
      return Optional.empty();
    }
    return Set.of(EXCEPTION, THROWABLE, RUNTIME_EXCEPTION).stream().filter(caught.get(0)::is).findFirst();
  }

  /**
   * The broad catch is a mistake only when the handler treats every failure alike in a way that hides
   * programming errors: it logs and goes on, or returns a default. Anything else is a deliberate boundary.
   */
  private static boolean isLeftAlone(CatchBlock catchBlock, String broadType, TryStatementTree tryStatement) {
    // An empty block is SwallowedException's issue, not this rule's: one fault, one issue.
    return catchBlock.isEmpty()
      // Throwing anything translates every failure for the caller, who then sees runtime failures too.
      || !catchBlock.throwStatements().isEmpty()
      // Handing the exception to anything but a logger (a wrapper, a handler, a list of failures, a field
      // rethrown later) processes every failure on purpose.
      || !catchBlock.usedOnlyByLoggers()
      // A comment says why everything is caught.
      || catchBlock.hasComment()
      || CatchAllPlaces.isCatchAllPlace(tryStatement)
      || FailureBoundaries.enclosingFunctionOf(tryStatement) != FailureBoundaries.Kind.ORDINARY
      || (THROWABLE.equals(broadType) && loadsClassesOrLibraries(tryStatement));
  }

  /**
   * Reflection fails with unchecked exceptions as often as with its checked ones (security, inaccessible
   * objects, bad arguments, initialiser errors): narrowing to the declared ones would let those through.
   */
  private static boolean callsReflection(List<Type> thrown) {
    return thrown.stream().anyMatch(type -> type.isSubtypeOf(REFLECTIVE_OPERATION));
  }

  /** The union of the exceptions the body declares that this catch really handles, or empty when it cannot be narrowed. */
  private static Optional<String> narrowerCatch(List<Type> thrown, List<CatchTree> earlierCatches, String broadType) {
    if (thrown.stream().anyMatch(type -> type.is(EXCEPTION) || type.is(THROWABLE))) {
      return Optional.empty();
    }
    List<Type> earlier = earlierCatches.stream().flatMap(catchTree -> new CatchBlock(catchTree).caughtTypes().stream()).toList();
    if (earlier.stream().anyMatch(Type::isUnknown)) {
      return Optional.empty();
    }
    List<Type> handled = new ArrayList<>();
    for (Type type : thrown) {
      boolean reachesThisCatch = earlier.stream().noneMatch(type::isSubtypeOf) && type.isSubtypeOf(broadType);
      if (reachesThisCatch && handled.stream().noneMatch(known -> type.isSubtypeOf(known))) {
        handled.removeIf(known -> known.isSubtypeOf(type));
        handled.add(type);
      }
    }
    boolean narrowable = RUNTIME_EXCEPTION.equals(broadType) ? !handled.isEmpty() : handled.stream().anyMatch(OverlyBroadCatchCheck::isChecked);
    if (!narrowable) {
      return Optional.empty();
    }
    return Optional.of(handled.stream().map(Type::name).collect(Collectors.joining(" | ")));
  }

  private static boolean isChecked(Type type) {
    return !type.isSubtypeOf(RUNTIME_EXCEPTION) && !type.isSubtypeOf(ERROR);
  }

  private static boolean loadsClassesOrLibraries(TryStatementTree tryStatement) {
    boolean[] found = {false};
    tryStatement.block().accept(new BaseTreeVisitor() {
      @Override
      public void visitMethodInvocation(MethodInvocationTree call) {
        found[0] |= !call.methodSymbol().isUnknown() && LOADING_METHODS.contains(call.methodSymbol().name());
        super.visitMethodInvocation(call);
      }
    });
    return found[0];
  }

}
