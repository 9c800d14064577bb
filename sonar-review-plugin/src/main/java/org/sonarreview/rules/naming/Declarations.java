package org.sonarreview.rules.naming;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.CatchTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.EnumConstantTree;
import org.sonar.plugins.java.api.tree.ForEachStatement;
import org.sonar.plugins.java.api.tree.ForStatementTree;
import org.sonar.plugins.java.api.tree.LambdaExpressionTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Modifier;
import org.sonar.plugins.java.api.tree.PatternInstanceOfTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypePatternTree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.rules.naming.Declaration.Kind;
import org.sonarreview.tree.Accessors;
import org.sonarreview.tree.Modifiers;
import org.sonarreview.tree.Overrides;

/**
 * Every name a file declares, in source order, with what it is declared as. The naming rules judge a name
 * against the file it lives in, so they all start from this list. Constructors are left out: their name is
 * the type's.
 */
public final class Declarations {

  /** Field names that Java serialization looks up by name. */
  private static final Set<String> SERIALIZATION_FIELDS = Set.of("serialVersionUID", "serialPersistentFields");

  private Declarations() {
  }

  public static List<Declaration> of(Tree root) {
    Collector collector = new Collector();
    root.accept(collector);
    return withMirroredFieldsImposed(collector.declarations);
  }

  /**
   * A field that backs an imposed method ({@code hasCollectionNotReferencingPK} behind the overriding
   * {@code hasCollectionNotReferencingPK()}, {@code fooURL} behind {@code getFooURL()}) repeats the name the
   * supertype chose, so it is imposed too.
   */
  private static List<Declaration> withMirroredFieldsImposed(List<Declaration> declarations) {
    Map<Tree, List<String>> imposedMethodsByClass = new IdentityHashMap<>();
    for (Declaration declaration : declarations) {
      if (declaration.kind() == Kind.METHOD && declaration.imposed()) {
        imposedMethodsByClass.computeIfAbsent(declaration.tree().parent(), owner -> new ArrayList<>()).add(declaration.text());
      }
    }
    if (imposedMethodsByClass.isEmpty()) {
      return declarations;
    }
    List<Declaration> result = new ArrayList<>(declarations.size());
    for (Declaration declaration : declarations) {
      List<String> imposedMethods = imposedMethodsByClass.getOrDefault(declaration.tree().parent(), List.of());
      boolean mirrors = declaration.kind() == Kind.FIELD && !declaration.imposed()
        && imposedMethods.stream().anyMatch(method -> Accessors.namesProperty(method, declaration.text()));
      result.add(mirrors ? new Declaration(declaration.name(), declaration.kind(), declaration.tree(), true) : declaration);
    }
    return result;
  }

  private static final class Collector extends BaseTreeVisitor {
    private final List<Declaration> declarations = new ArrayList<>();
    /** Variables whose kind their container decides, classified before the visitor reaches them. */
    private final Map<VariableTree, Kind> kinds = new IdentityHashMap<>();
    private final Map<VariableTree, Boolean> imposedParameters = new IdentityHashMap<>();

    @Override
    public void visitClass(ClassTree tree) {
      if (tree.simpleName() != null) {
        declarations.add(new Declaration(tree.simpleName(), Kind.TYPE, tree, false));
      }
      tree.recordComponents().forEach(component -> kinds.put(component, Kind.RECORD_COMPONENT));
      super.visitClass(tree);
    }

    @Override
    public void visitMethod(MethodTree tree) {
      boolean imposed = Overrides.mayOverride(tree);
      if (tree.is(Tree.Kind.METHOD)) {
        declarations.add(new Declaration(tree.simpleName(), Kind.METHOD, tree, imposed));
      }
      for (VariableTree parameter : tree.parameters()) {
        kinds.put(parameter, Kind.PARAMETER);
        imposedParameters.put(parameter, imposed && tree.is(Tree.Kind.METHOD));
      }
      super.visitMethod(tree);
    }

    @Override
    public void visitEnumConstant(EnumConstantTree tree) {
      declarations.add(new Declaration(tree.simpleName(), Kind.ENUM_CONSTANT, tree, false));
      super.visitEnumConstant(tree);
    }

    @Override
    public void visitLambdaExpression(LambdaExpressionTree tree) {
      tree.parameters().forEach(parameter -> kinds.put(parameter, Kind.LAMBDA_PARAMETER));
      super.visitLambdaExpression(tree);
    }

    @Override
    public void visitCatch(CatchTree tree) {
      kinds.put(tree.parameter(), Kind.CATCH_PARAMETER);
      super.visitCatch(tree);
    }

    @Override
    public void visitForStatement(ForStatementTree tree) {
      for (Tree initializer : tree.initializer()) {
        if (initializer instanceof VariableTree variable) {
          kinds.put(variable, Kind.LOOP_VARIABLE);
        }
      }
      super.visitForStatement(tree);
    }

    @Override
    public void visitForEachStatement(ForEachStatement tree) {
      kinds.put(tree.variable(), Kind.LOOP_VARIABLE);
      super.visitForEachStatement(tree);
    }

    @Override
    public void visitTypePattern(TypePatternTree tree) {
      kinds.put(tree.patternVariable(), Kind.PATTERN_VARIABLE);
      super.visitTypePattern(tree);
    }

    @Override
    public void visitPatternInstanceOf(PatternInstanceOfTree tree) {
      if (tree.variable() != null) {
        kinds.put(tree.variable(), Kind.PATTERN_VARIABLE);
      }
      super.visitPatternInstanceOf(tree);
    }

    @Override
    public void visitVariable(VariableTree tree) {
      Kind kind = kinds.remove(tree);
      if (kind == null) {
        kind = tree.parent() instanceof ClassTree owner ? fieldKind(tree, owner) : Kind.LOCAL;
      }
      boolean imposed = Boolean.TRUE.equals(imposedParameters.remove(tree))
        || (kind == Kind.CONSTANT && SERIALIZATION_FIELDS.contains(tree.simpleName().name()));
      if (!tree.simpleName().name().isEmpty()) {
        declarations.add(new Declaration(tree.simpleName(), kind, tree, imposed));
      }
      super.visitVariable(tree);
    }

    private static Kind fieldKind(VariableTree field, ClassTree owner) {
      if (owner.is(Tree.Kind.INTERFACE, Tree.Kind.ANNOTATION_TYPE)) {
        return Kind.CONSTANT;
      }
      boolean constant = Modifiers.has(field.modifiers(), Modifier.STATIC) && Modifiers.has(field.modifiers(), Modifier.FINAL);
      return constant ? Kind.CONSTANT : Kind.FIELD;
    }
  }
}
