package org.sonarreview.rules.unused;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sonar.check.Rule;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.tree.AnnotationTree;
import org.sonar.plugins.java.api.tree.AssignmentExpressionTree;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.LiteralTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Modifier;
import org.sonar.plugins.java.api.tree.ModifiersTree;
import org.sonar.plugins.java.api.tree.NewArrayTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeTree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.tree.Annotations;
import org.sonarreview.tree.FrameworkAnnotations;
import org.sonarreview.tree.Modifiers;
import org.sonarreview.tree.Trees;
import org.sonarreview.tree.TypeKinds;
import org.sonarreview.tree.TypeText;

/**
 * Private methods, fields, constructors and nested types that their file never uses. Uses come from the
 * semantic model ({@code Symbol.usages()}), so method references and uses inside lambdas count; a name
 * the model could not resolve somewhere in the file keeps the rule silent about members of that name.
 */
@Rule(key = "UnusedPrivateMember")
public class UnusedPrivateMemberCheck extends UnusedCodeCheck {

  private static final Set<String> SERIALIZATION_FIELDS = Set.of("serialVersionUID", "serialPersistentFields");
  private static final Set<String> SERIALIZATION_METHODS = Set.of("readObject", "writeObject", "readObjectNoData",
    "readResolve", "writeReplace");
  /** JUnit annotations that name a method or field of the class in a string. */
  private static final Set<String> NAMING_ANNOTATIONS = Set.of("MethodSource", "FieldSource", "EnabledIf", "DisabledIf");

  private Set<String> namesInAnnotations = Set.of();
  private Set<Symbol> typesExtendedInFile = Set.of();
  private Set<Symbol> typesHandedOutInFile = Set.of();
  private UncertainOverloads uncertainOverloads;
  private final Set<ClassTree> reportedTypes = new HashSet<>();

  @Override
  protected List<Tree.Kind> declarationKinds() {
    return List.of(Tree.Kind.CLASS, Tree.Kind.INTERFACE, Tree.Kind.ENUM, Tree.Kind.RECORD,
      Tree.Kind.ANNOTATION_TYPE);
  }

  @Override
  protected void visitFile(CompilationUnitTree unit) {
    FileFacts facts = new FileFacts();
    unit.accept(facts);
    namesInAnnotations = facts.namesInAnnotations;
    typesExtendedInFile = facts.extendedTypes;
    typesHandedOutInFile = facts.handedOutTypes;
    uncertainOverloads = UncertainOverloads.of(unit);
    reportedTypes.clear();
  }

  @Override
  protected void visitDeclaration(Tree tree) {
    ClassTree type = (ClassTree) tree;
    if (reportedTypes.stream().anyMatch(reported -> Trees.isInside(type, reported))) {
      // Removing the type removes its members: one issue is enough.
      return;
    }
    if (isUnusedPrivateType(type)) {
      reportedTypes.add(type);
      reportIssue(type.simpleName(), "Remove the unused private " + typeWord(type) + " '" + type.simpleName().name() + "'.");
      return;
    }
    for (Tree member : type.members()) {
      checkMember(type, member);
    }
  }

  private void checkMember(ClassTree owner, Tree member) {
    if (member instanceof VariableTree field && isCandidate(field.modifiers(), field.symbol(), field.simpleName().name())) {
      checkField(owner, field);
    } else if (member instanceof MethodTree method && isCandidate(method.modifiers(), method.symbol(), method.simpleName().name())) {
      if (method.is(Tree.Kind.CONSTRUCTOR)) {
        checkConstructor(owner, method);
      } else {
        checkMethod(method);
      }
    }
  }

  private boolean isCandidate(ModifiersTree modifiers, Symbol symbol, String name) {
    return Modifiers.has(modifiers, Modifier.PRIVATE)
      && modifiers.annotations().isEmpty()
      && !symbol.isUnknown()
      && !isUnresolvedName(name)
      && !uncertainOverloads.mayCall(symbol)
      && !namesInAnnotations.contains(name);
  }

  private void checkField(ClassTree owner, VariableTree field) {
    String name = field.simpleName().name();
    if (SERIALIZATION_FIELDS.contains(name) || Annotations.hasAny(owner.modifiers(), FrameworkAnnotations.LOMBOK_FIELD_GENERATORS)
      || MappedTypes.isMapped(owner) || typesHandedOutInFile.contains(owner.symbol())) {
      // Generated code, a persistence provider or a mapper given the class reads the fields.
      return;
    }
    if (!Trees.usedOutside(field.symbol().usages(), field)) {
      reportIssue(field.simpleName(), "Remove the unused private field '" + name + "'.");
    }
  }

  private void checkMethod(MethodTree method) {
    String name = method.simpleName().name();
    if (SERIALIZATION_METHODS.contains(name) || Modifiers.has(method.modifiers(), Modifier.NATIVE)) {
      return;
    }
    if (!Trees.usedOutside(method.symbol().usages(), method)) {
      reportIssue(method.simpleName(), "Remove the unused private method '" + name + "'.");
    }
  }

  private void checkConstructor(ClassTree owner, MethodTree constructor) {
    if (owner.is(Tree.Kind.ENUM) || typesExtendedInFile.contains(owner.symbol())) {
      // Enum constants call their constructor, and a subclass's implicit super() call leaves no usage.
      return;
    }
    if (constructor.parameters().isEmpty() && isDeliberateNoArgConstructor(owner)) {
      return;
    }
    if (!Trees.usedOutside(constructor.symbol().usages(), constructor)) {
      String parameters = constructor.parameters().stream().map(parameter -> TypeText.of(parameter.type()))
        .collect(Collectors.joining(", ", "(", ")"));
      reportIssue(constructor.simpleName(), "Remove the unused private constructor '" + constructor.simpleName().name() + parameters + "'.");
    }
  }

  /** A utility class's or entity's private no-argument constructor exists to forbid or to allow instantiation. */
  private static boolean isDeliberateNoArgConstructor(ClassTree owner) {
    if (Annotations.hasAny(owner.modifiers(), FrameworkAnnotations.JPA_TYPES)) {
      return true;
    }
    long constructors = owner.members().stream().filter(member -> member.is(Tree.Kind.CONSTRUCTOR)).count();
    boolean onlyStaticMembers = owner.members().stream()
      .filter(member -> !member.is(Tree.Kind.CONSTRUCTOR))
      .allMatch(UnusedPrivateMemberCheck::isStaticMember);
    return constructors == 1 || onlyStaticMembers;
  }

  private static boolean isStaticMember(Tree member) {
    if (member instanceof MethodTree method) {
      return Modifiers.has(method.modifiers(), Modifier.STATIC);
    }
    if (member instanceof VariableTree field) {
      return Modifiers.has(field.modifiers(), Modifier.STATIC);
    }
    return true;
  }

  private boolean isUnusedPrivateType(ClassTree type) {
    if (type.simpleName() == null || !isCandidate(type.modifiers(), type.symbol(), type.simpleName().name())) {
      return false;
    }
    return !Trees.usedOutside(type.symbol().usages(), type);
  }

  /** As {@link TypeKinds#nameOf}, but "annotation" where that says "annotation type": the message's word. */
  private static String typeWord(ClassTree type) {
    return type.is(Tree.Kind.ANNOTATION_TYPE) ? "annotation" : TypeKinds.nameOf(type);
  }

  /**
   * What the whole file tells about its members: names given in JUnit annotations, types that are extended,
   * and types whose class literal is handed out from outside their own body ({@code mapper.readValue(json,
   * Dto.class)}, a Hibernate {@code CompositeUserType.embeddable()}): whoever receives the class reads its
   * fields by reflection. A literal inside the type itself is usually a logger's and proves nothing.
   */
  private static final class FileFacts extends BaseTreeVisitor {
    private final Set<String> namesInAnnotations = new HashSet<>();
    private final Set<Symbol> extendedTypes = new HashSet<>();
    private final Set<Symbol> handedOutTypes = new HashSet<>();

    @Override
    public void visitClass(ClassTree tree) {
      TypeTree superClass = tree.superClass();
      if (superClass != null && !superClass.symbolType().isUnknown()) {
        extendedTypes.add(superClass.symbolType().symbol());
      }
      super.visitClass(tree);
    }

    @Override
    public void visitMemberSelectExpression(MemberSelectExpressionTree tree) {
      if ("class".equals(tree.identifier().name())) {
        Symbol type = tree.expression().symbolType().symbol();
        if (!type.isUnknown() && !isInsideType(tree, type)) {
          handedOutTypes.add(type);
        }
      }
      super.visitMemberSelectExpression(tree);
    }

    private static boolean isInsideType(Tree tree, Symbol type) {
      for (Tree current = tree.parent(); current != null; current = current.parent()) {
        if (current instanceof ClassTree enclosing && type.equals(enclosing.symbol())) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void visitMethod(MethodTree tree) {
      for (AnnotationTree annotation : tree.modifiers().annotations()) {
        if ("MethodSource".equals(Annotations.simpleName(annotation)) && annotation.arguments().isEmpty()) {
          // @MethodSource without a value names the factory after the test method.
          namesInAnnotations.add(tree.simpleName().name());
        }
      }
      super.visitMethod(tree);
    }

    @Override
    public void visitAnnotation(AnnotationTree annotation) {
      if (NAMING_ANNOTATIONS.contains(Annotations.simpleName(annotation))) {
        annotation.arguments().forEach(this::addNames);
      }
      super.visitAnnotation(annotation);
    }

    private void addNames(ExpressionTree argument) {
      ExpressionTree value = argument instanceof AssignmentExpressionTree assignment ? assignment.expression() : argument;
      if (value instanceof NewArrayTree array) {
        array.initializers().forEach(this::addNames);
      } else if (value instanceof LiteralTree literal && literal.is(Tree.Kind.STRING_LITERAL)) {
        namesInAnnotations.add(memberName(literal.value()));
      }
    }

    /** {@code "com.acme.Factory#cases(int)"} names {@code cases}. */
    private static String memberName(String literal) {
      String name = literal.substring(1, literal.length() - 1);
      name = name.substring(name.indexOf('#') + 1);
      int parenthesis = name.indexOf('(');
      return (parenthesis >= 0 ? name.substring(0, parenthesis) : name).trim();
    }
  }
}
