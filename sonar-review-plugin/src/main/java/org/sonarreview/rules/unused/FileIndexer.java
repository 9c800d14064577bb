package org.sonarreview.rules.unused;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.sonar.plugins.java.api.location.Range;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.Arguments;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodReferenceTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.project.FileEntry;
import org.sonarreview.project.MethodDeclaration;
import org.sonarreview.tree.QualifiedNames;
import org.sonarreview.tree.TypeText;

/** Reads one parsed file into a {@link FileEntry}: declarations that need a reference, and the references it makes. */
public final class FileIndexer extends BaseTreeVisitor {

  private static final String CONSTRUCTOR_NAME = "<init>";

  private final boolean collectDeclarations;
  private final Predicate<Tree> silenced;
  private final List<MethodDeclaration> declarations = new ArrayList<>();
  private final Set<String> references = new HashSet<>();
  /** Names of calls the semantic model could not resolve: any declaration of that name may be their target. */
  private final Set<String> unresolvedCalls = new HashSet<>();

  private FileIndexer(boolean collectDeclarations, Predicate<Tree> silenced) {
    this.collectDeclarations = collectDeclarations;
    this.silenced = silenced;
  }

  /**
   * The file's entry. Test files only contribute references: a method that only tests call is still used.
   * Declarations under {@code @SuppressWarnings} or in generated code are left out.
   */
  public static FileEntry index(String uri, CompilationUnitTree unit, boolean mainCode, Predicate<Tree> silenced) {
    FileIndexer indexer = new FileIndexer(mainCode, silenced);
    unit.accept(indexer);
    return new FileEntry(uri, true, indexer.declarations, indexer.references, indexer.unresolvedCalls);
  }

  /**
   * A file analysed without a semantic model: no declaration can be signed, and every name it calls may be a
   * reference to any declaration of that name, so all of them count as unresolved.
   */
  public static FileEntry indexWithoutSemantic(String uri, CompilationUnitTree unit) {
    return new FileEntry(uri, false, List.of(), Set.of(), CalledNames.of(unit));
  }

  @Override
  public void visitClass(ClassTree tree) {
    // A subclass constructor calls its superclass's no-argument constructor implicitly, without a tree.
    Type superClass = tree.symbol().superClass();
    if (superClass != null && !superClass.isUnknown()) {
      superClass.symbol().lookupSymbols(CONSTRUCTOR_NAME).stream()
        .filter(Symbol::isMethodSymbol)
        .map(Symbol.MethodSymbol.class::cast)
        .filter(constructor -> constructor.parameterTypes().isEmpty())
        .forEach(this::addReference);
    }
    super.visitClass(tree);
  }

  @Override
  public void visitMethod(MethodTree tree) {
    if (collectDeclarations && ReferenceCandidates.needsReference(tree) && !silenced.test(tree)) {
      declarations.add(declaration(tree));
    }
    super.visitMethod(tree);
  }

  @Override
  public void visitMethodInvocation(MethodInvocationTree tree) {
    addReference(tree.methodSymbol(), QualifiedNames.calledName(tree.methodSelect()), tree.arguments());
    super.visitMethodInvocation(tree);
  }

  @Override
  public void visitNewClass(NewClassTree tree) {
    addReference(tree.methodSymbol(), QualifiedNames.calledName(tree.identifier()), tree.arguments());
    super.visitNewClass(tree);
  }

  @Override
  public void visitMethodReference(MethodReferenceTree tree) {
    addReference(tree.method().symbol(), tree.method().name());
    super.visitMethodReference(tree);
  }

  private void addReference(Symbol symbol, String calledName, Arguments arguments) {
    if (UncertainOverloads.isUncertain(symbol, arguments)) {
      // Bound to one overload although an argument's type is unknown: any overload of the name may be the target.
      unresolvedCalls.add(calledName);
    }
    addReference(symbol, calledName);
  }

  private void addReference(Symbol symbol, String calledName) {
    if (symbol.isUnknown()) {
      unresolvedCalls.add(calledName);
    } else {
      addReference(symbol);
    }
  }

  /** A call also keeps alive the methods that the called one overrides: they are what makes it callable. */
  private void addReference(Symbol symbol) {
    if (symbol.isMethodSymbol() && !symbol.isUnknown()) {
      Symbol.MethodSymbol method = (Symbol.MethodSymbol) symbol;
      if (references.add(method.signature())) {
        method.overriddenSymbols().forEach(this::addReference);
      }
    }
  }

  private static MethodDeclaration declaration(MethodTree method) {
    Symbol.MethodSymbol symbol = method.symbol();
    boolean constructor = method.is(Tree.Kind.CONSTRUCTOR);
    String name = method.simpleName().name();
    String displayName = constructor
      ? name + method.parameters().stream().map(parameter -> TypeText.of(parameter.type())).collect(Collectors.joining(", ", "(", ")"))
      : name;
    Range range = method.simpleName().identifierToken().range();
    return new MethodDeclaration(symbol.signature(), symbol.owner().type().fullyQualifiedName().replace('$', '.'), displayName, constructor,
      symbol.isPublic(), range.start().line(), range.start().columnOffset(), range.end().columnOffset());
  }
}
