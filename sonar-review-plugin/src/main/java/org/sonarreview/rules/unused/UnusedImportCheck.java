package org.sonarreview.rules.unused;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.tree.ArrayTypeTree;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.ImportClauseTree;
import org.sonar.plugins.java.api.tree.ImportTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.PackageDeclarationTree;
import org.sonar.plugins.java.api.tree.SyntaxTrivia;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.javadoc.DocComments;
import org.sonarreview.javadoc.Javadoc;
import org.sonarreview.tree.QualifiedNames;

/**
 * Unused, duplicate and redundant single-type and static imports. Uses are matched by simple name over
 * the whole file and its doc comments, so an unresolved classpath can only make the rule quieter.
 */
@Rule(key = "UnusedImport")
public class UnusedImportCheck extends ReviewCheck {

  private static final String JAVA_LANG = "java.lang";

  private DocComments docComments;

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.COMPILATION_UNIT, Tree.Kind.TRIVIA);
  }

  @Override
  protected Set<String> javacSuppressionKeys() {
    return Set.of("unused");
  }

  @Override
  public void visitNode(Tree tree) {
    docComments = new DocComments();
  }

  @Override
  public void visitTrivia(SyntaxTrivia trivia) {
    docComments.accept(trivia);
  }

  @Override
  public void leaveNode(Tree tree) {
    CompilationUnitTree unit = (CompilationUnitTree) tree;
    if (unit.imports().isEmpty()) {
      return;
    }
    Set<String> usedNames = namesUsedInCode(unit);
    for (Javadoc javadoc : docComments.docComments()) {
      usedNames.addAll(javadoc.referencedIdentifiers());
    }
    String packageName = packageName(unit.packageDeclaration());
    Set<String> seen = new HashSet<>();
    for (ImportClauseTree clause : unit.imports()) {
      if (clause instanceof ImportTree importTree) {
        checkImport(importTree, packageName, usedNames, seen);
      }
    }
  }

  private void checkImport(ImportTree importTree, String packageName, Set<String> usedNames, Set<String> seen) {
    Tree reference = importTree.qualifiedIdentifier();
    String qualifiedName = QualifiedNames.of(reference);
    if (qualifiedName.isEmpty() || !(reference instanceof MemberSelectExpressionTree select)) {
      return;
    }
    String simpleName = select.identifier().name();
    if ("*".equals(simpleName)) {
      // On-demand imports are left alone.
      return;
    }
    String qualifier = qualifiedName.substring(0, qualifiedName.length() - simpleName.length() - 1);
    boolean isStatic = importTree.isStatic();
    if (!seen.add((isStatic ? "static " : "") + qualifiedName)) {
      reportIssue(reference, "Remove this duplicate import of '" + qualifiedName + "'.");
    } else if (!isStatic && JAVA_LANG.equals(qualifier)) {
      reportIssue(reference, "Remove this import of '" + qualifiedName + "': 'java.lang' is imported implicitly.");
    } else if (!isStatic && qualifier.equals(packageName)) {
      reportIssue(reference, "Remove this import of '" + qualifiedName + "': types of the same package need no import.");
    } else if (!usedNames.contains(simpleName)) {
      reportIssue(reference, "Remove this unused import of '" + qualifiedName + "'.");
    }
  }

  private static String packageName(PackageDeclarationTree packageDeclaration) {
    return packageDeclaration == null ? "" : QualifiedNames.of(packageDeclaration.packageName());
  }

  /** Simple names of every identifier outside the import and package declarations. */
  private static Set<String> namesUsedInCode(CompilationUnitTree unit) {
    IdentifierCollector collector = new IdentifierCollector();
    if (unit.packageDeclaration() != null) {
      // package-info.java annotations may use imported types.
      unit.packageDeclaration().annotations().forEach(annotation -> annotation.accept(collector));
    }
    unit.types().forEach(type -> type.accept(collector));
    if (unit.moduleDeclaration() != null) {
      unit.moduleDeclaration().accept(collector);
    }
    return collector.names;
  }

  private static final class IdentifierCollector extends BaseTreeVisitor {
    private final Set<String> names = new HashSet<>();

    @Override
    public void visitIdentifier(IdentifierTree tree) {
      names.add(tree.name());
      super.visitIdentifier(tree);
    }

    // BaseTreeVisitor skips type annotations on array dimensions: int @Nullable [] uses Nullable.
    @Override
    public void visitArrayType(ArrayTypeTree tree) {
      scan(tree.annotations());
      super.visitArrayType(tree);
    }
  }
}
