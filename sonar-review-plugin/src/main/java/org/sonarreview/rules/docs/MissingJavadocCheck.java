package org.sonarreview.rules.docs;

import java.util.List;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.BlockTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Modifier;
import org.sonar.plugins.java.api.tree.ModifiersTree;
import org.sonar.plugins.java.api.tree.StatementTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.javadoc.JavadocReader;
import org.sonarreview.project.ConventionCheck;
import org.sonarreview.project.ProjectConventions;
import org.sonarreview.tree.Accessors;
import org.sonarreview.tree.Modifiers;
import org.sonarreview.tree.Overrides;
import org.sonarreview.tree.TypeKinds;
import org.sonarreview.tree.TypeText;

/**
 * Public types, and public or protected methods and constructors of public types, without a doc comment.
 * "Public" means reachable from outside the module: every enclosing type is public too, and with a
 * {@code module-info.java} the package is exported. A module's exported API always needs Javadoc; elsewhere an
 * undocumented declaration is an issue only where the project documents most of its comparable declarations
 * (same kind and visibility, in the same package, else module, else project).
 */
@Rule(key = "MissingJavadoc")
public class MissingJavadocCheck extends ConventionCheck {

  private static final String DOCUMENTED = "have Javadoc";
  private static final String UNDOCUMENTED = "have no Javadoc";

  @RuleProperty(key = "minimumStatements",
    description = "Methods and constructors are flagged only when their body has at least this many statements, counted at "
      + "every nesting level (a whole number, 0 or more; 0 also flags abstract and interface methods)",
    defaultValue = "2")
  public int minimumStatements;

  @RuleProperty(key = "ignoreAccessors",
    description = "Leave alone getters, setters, isX, record-style and builder-style accessors of a field of the same class (true or false)",
    defaultValue = "true")
  public boolean ignoreAccessors = true;

  private final ModuleExports moduleExports = new ModuleExports();
  private final RuleParameter<Integer> statementThreshold = parameter("minimumStatements", ParameterType.atLeast(0));
  private ModuleExports.Visibility fileVisibility = ModuleExports.Visibility.NO_MODULE;

  public MissingJavadocCheck() {
    this(null);
  }

  public MissingJavadocCheck(@Nullable ProjectConventions conventions) {
    super(conventions);
  }

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.COMPILATION_UNIT, Tree.Kind.CLASS, Tree.Kind.INTERFACE, Tree.Kind.ENUM, Tree.Kind.RECORD,
      Tree.Kind.ANNOTATION_TYPE, Tree.Kind.METHOD, Tree.Kind.CONSTRUCTOR);
  }

  @Override
  public void visitNode(Tree tree) {
    if (tree instanceof CompilationUnitTree unit) {
      fileVisibility = moduleExports.visibility(fileContext().getInputFile(), packageName());
    } else if (fileVisibility != ModuleExports.Visibility.NOT_EXPORTED && tree instanceof ClassTree type) {
      if (isPublicType(type)) {
        judge(type, type.simpleName(), "types", "public " + TypeKinds.nameOf(type) + " '" + type.simpleName().name() + "'",
          "public types");
      }
    } else if (fileVisibility != ModuleExports.Visibility.NOT_EXPORTED && tree instanceof MethodTree method && isComparable(method)) {
      String kind = method.is(Tree.Kind.CONSTRUCTOR) ? "constructor" : "method";
      judge(method, method.simpleName(), kind + "s:" + visibility(method), visibility(method) + " " + kind + " '" + signature(method) + "'",
        visibility(method) + " " + kind + "s");
    }
  }

  /**
   * Counts the declaration towards its kind's habit and, when it has no Javadoc, reports it: at once in a
   * module's exported API, else if it goes against the habit.
   */
  private void judge(Tree declaration, Tree name, String convention, String description, String subject) {
    boolean documented = JavadocReader.javadocOf(declaration).isPresent();
    observe(declaration, convention, placeScopes(), documented ? DOCUMENTED : UNDOCUMENTED);
    if (documented) {
      return;
    }
    String message = "Add a Javadoc comment to the " + description;
    if (fileVisibility == ModuleExports.Visibility.EXPORTED) {
      reportIssue(name, message + ".");
    } else {
      flagIfDeviating(name, convention, placeScopes(), UNDOCUMENTED, DOCUMENTED, subject, message);
    }
  }

  /** An API method or constructor of a public type that the rule judges, documented or not. */
  private boolean isComparable(MethodTree method) {
    if (!(method.parent() instanceof ClassTree owner) || !isPublicType(owner) || !isApiMember(method, owner)) {
      return false;
    }
    if (Overrides.mayOverride(method) || isCompactConstructor(method)) {
      // Overrides inherit their documentation; compact constructors are documented by the record's @param tags.
      return false;
    }
    if (ignoreAccessors && Accessors.isAccessor(method, owner)) {
      return false;
    }
    return statementCount(method.block()) >= statementThreshold.value();
  }

  /** A public type whose enclosing types are public too; local and anonymous classes never are. */
  private static boolean isPublicType(ClassTree type) {
    Tree parent = type.parent();
    if (parent instanceof CompilationUnitTree) {
      return Modifiers.has(type.modifiers(), Modifier.PUBLIC);
    }
    if (parent instanceof ClassTree enclosing) {
      return isPublicType(enclosing) && (Modifiers.has(type.modifiers(), Modifier.PUBLIC) || isImplicitlyPublic(enclosing, type.modifiers()));
    }
    return false;
  }

  private static boolean isApiMember(MethodTree method, ClassTree owner) {
    ModifiersTree modifiers = method.modifiers();
    return Modifiers.has(modifiers, Modifier.PUBLIC) || Modifiers.has(modifiers, Modifier.PROTECTED) || isImplicitlyPublic(owner, modifiers);
  }

  /** Members of interfaces and annotation types are public unless declared private. */
  private static boolean isImplicitlyPublic(ClassTree owner, ModifiersTree modifiers) {
    return owner.is(Tree.Kind.INTERFACE, Tree.Kind.ANNOTATION_TYPE) && !Modifiers.has(modifiers, Modifier.PRIVATE);
  }

  private static boolean isCompactConstructor(MethodTree method) {
    return method.is(Tree.Kind.CONSTRUCTOR) && method.openParenToken() == null;
  }

  private static String visibility(MethodTree method) {
    return Modifiers.has(method.modifiers(), Modifier.PROTECTED) ? "protected" : "public";
  }

  private static String signature(MethodTree method) {
    return method.simpleName().name() + method.parameters().stream()
      .map(parameter -> TypeText.of(parameter.type()))
      .collect(Collectors.joining(", ", "(", ")"));
  }


  /** Statements at every nesting level; blocks and empty statements are not statements of their own. */
  private static int statementCount(@Nullable BlockTree body) {
    if (body == null) {
      return 0;
    }
    int[] count = {0};
    body.accept(new BaseTreeVisitor() {
      @Override
      protected void scan(@Nullable Tree tree) {
        if (isStatement(tree)) {
          count[0]++;
        }
        super.scan(tree);
      }
    });
    return count[0];
  }

  private static boolean isStatement(@Nullable Tree tree) {
    if (tree instanceof VariableTree variable) {
      // Lambda, catch and loop variables are parts of other statements.
      return variable.parent() instanceof BlockTree;
    }
    return tree instanceof StatementTree && !(tree instanceof BlockTree) && !tree.is(Tree.Kind.EMPTY_STATEMENT);
  }
}
