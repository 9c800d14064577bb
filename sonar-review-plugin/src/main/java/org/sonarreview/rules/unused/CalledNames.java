package org.sonarreview.rules.unused;

import java.util.HashSet;
import java.util.Set;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodReferenceTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonarreview.tree.QualifiedNames;

/**
 * The simple names a file calls, read from syntax alone: {@code b} in {@code a.b(...)} and {@code x::b},
 * {@code Box} in {@code new a.Box<>()}. Used where symbols are unknown, so that any declaration of such a
 * name counts as possibly referenced.
 */
final class CalledNames extends BaseTreeVisitor {

  private final Set<String> names = new HashSet<>();

  private CalledNames() {
  }

  static Set<String> of(CompilationUnitTree unit) {
    CalledNames visitor = new CalledNames();
    unit.accept(visitor);
    return visitor.names;
  }

  @Override
  public void visitClass(ClassTree tree) {
    // A constructor calls its superclass's constructor, written (`super(...)`) or not.
    if (tree.superClass() != null) {
      names.add(QualifiedNames.calledName(tree.superClass()));
    }
    super.visitClass(tree);
  }

  @Override
  public void visitMethodInvocation(MethodInvocationTree tree) {
    // `super(...)` is covered by visitClass; `this(...)` names a constructor of this file, which is not indexed.
    names.add(QualifiedNames.calledName(tree.methodSelect()));
    super.visitMethodInvocation(tree);
  }

  @Override
  public void visitNewClass(NewClassTree tree) {
    names.add(QualifiedNames.calledName(tree.identifier()));
    super.visitNewClass(tree);
  }

  @Override
  public void visitMethodReference(MethodReferenceTree tree) {
    String name = tree.method().name();
    // `Box::new` refers to a constructor of Box.
    names.add("new".equals(name) ? QualifiedNames.calledName(tree.expression()) : name);
    super.visitMethodReference(tree);
  }
}
