package org.sonarreview.rules.design;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.LambdaExpressionTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Modifier;
import org.sonar.plugins.java.api.tree.ModifiersTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.tree.Accessors;
import org.sonarreview.tree.Annotations;
import org.sonarreview.tree.Modifiers;
import org.sonarreview.tree.QualifiedNames;

/**
 * LCOM4: methods and fields linked by field uses and calls within the class. Two or more groups of at least
 * {@code minimumGroupSize} members mean the class does unrelated jobs; each group is a secondary location,
 * so the issue reads as a split plan. A heuristic (BETA), off by default.
 */
@Rule(key = "LowCohesionClass")
public class LowCohesionClassCheck extends ReviewCheck {

  private static final int NAMES_SHOWN = 6;
  private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");
  private static final Set<String> ROLE_ANNOTATIONS = Set.of("Configuration", "Controller", "RestController",
    "ControllerAdvice", "RestControllerAdvice", "SpringBootApplication", "Path");
  private static final Set<String> TEST_ANNOTATIONS = Set.of("Test", "ParameterizedTest", "RepeatedTest", "TestFactory",
    "BeforeEach", "AfterEach", "BeforeAll", "AfterAll", "Nested");

  @RuleProperty(key = "minimumGroupSize", description = "Smallest number of members (methods and fields) for a "
    + "disconnected group to count (a whole number, 2 or more)", defaultValue = "3")
  public int minimumGroupSize;

  @RuleProperty(key = "minimumMethods", description = "Classes with fewer methods than this are left alone, "
    + "constructors, accessors, equals, hashCode and toString not counted (a whole number, 2 or more)",
    defaultValue = "6")
  public int minimumMethods;

  private final RuleParameter<Integer> groupSizeLimit = parameter("minimumGroupSize", ParameterType.atLeast(2));
  private final RuleParameter<Integer> methodsLimit = parameter("minimumMethods", ParameterType.atLeast(2));

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.CLASS);
  }

  @Override
  public void visitNode(Tree tree) {
    ClassTree type = (ClassTree) tree;
    if (type.simpleName() == null || hasExemptRole(type)) {
      return;
    }
    Map<String, Tree> fields = new LinkedHashMap<>();
    Map<String, List<MethodTree>> methods = new LinkedHashMap<>();
    collectMembers(type, fields, methods);
    long methodCount = methods.values().stream().mapToLong(List::size).sum();
    if (methodCount < methodsLimit.value() || methods.values().stream().flatMap(List::stream).allMatch(LowCohesionClassCheck::isStatic)) {
      // small classes and utility classes of static methods
      return;
    }
    UnionFind groups = new UnionFind();
    fields.keySet().forEach(field -> groups.add("field " + field));
    methods.keySet().forEach(method -> groups.add("method " + method));
    for (Map.Entry<String, List<MethodTree>> entry : methods.entrySet()) {
      String node = "method " + entry.getKey();
      for (MethodTree method : entry.getValue()) {
        Uses uses = Uses.of(method, fields.keySet(), methods.keySet());
        if (uses.foreignCalls && type.superClass() != null) {
          // A call to an inherited method may share inherited state: cannot decide.
          return;
        }
        uses.fields.forEach(field -> groups.union(node, "field " + field));
        uses.methods.forEach(callee -> groups.union(node, "method " + callee));
      }
    }
    List<List<String>> large = groups.groups().stream().filter(group -> group.size() >= groupSizeLimit.value()).toList();
    if (large.size() < 2) {
      return;
    }
    List<JavaFileScannerContext.Location> plan = new ArrayList<>();
    for (int i = 0; i < large.size(); i++) {
      List<String> group = large.get(i);
      Tree anchor = anchorOf(group.get(0), fields, methods);
      plan.add(new JavaFileScannerContext.Location("group " + (i + 1) + ": " + names(group), anchor));
    }
    reportIssue(type.simpleName(), "Split this class: its members form " + large.size()
      + " groups that share no field and no call; see the groups in the secondary locations.", plan, null);
  }

  private static void collectMembers(ClassTree type, Map<String, Tree> fields, Map<String, List<MethodTree>> methods) {
    for (Tree member : type.members()) {
      if (member instanceof VariableTree field && !isConstant(field.modifiers())) {
        fields.put(field.simpleName().name(), field.simpleName());
      } else if (member instanceof MethodTree method && method.is(Tree.Kind.METHOD)
        && !OBJECT_METHODS.contains(method.simpleName().name()) && !Accessors.isTrivialAccessor(method)) {
        methods.computeIfAbsent(method.simpleName().name(), name -> new ArrayList<>()).add(method);
      }
    }
  }

  /** Configuration classes, controllers, visitors, builders, exceptions and test classes have their own shape. */
  private static boolean hasExemptRole(ClassTree type) {
    String name = type.simpleName().name();
    String parent = type.superClass() == null ? "" : QualifiedNames.of(type.superClass());
    boolean visitor = name.endsWith("Visitor") || parent.endsWith("Visitor")
      || type.superInterfaces().stream().anyMatch(superInterface -> QualifiedNames.of(superInterface).endsWith("Visitor"));
    boolean exception = name.endsWith("Exception") || name.endsWith("Error") || parent.endsWith("Exception")
      || parent.endsWith("Error") || parent.endsWith("Throwable");
    boolean test = name.endsWith("Test") || name.endsWith("Tests") || name.endsWith("IT")
      || type.members().stream().anyMatch(member -> member instanceof MethodTree method && Annotations.hasAny(method.modifiers(), TEST_ANNOTATIONS));
    return visitor || exception || test || name.endsWith("Builder") || Annotations.hasAny(type.modifiers(), ROLE_ANNOTATIONS);
  }

  private static boolean isConstant(ModifiersTree modifiers) {
    return Modifiers.has(modifiers, Modifier.STATIC) && Modifiers.has(modifiers, Modifier.FINAL);
  }

  private static boolean isStatic(MethodTree method) {
    return Modifiers.has(method.modifiers(), Modifier.STATIC);
  }

  private static Tree anchorOf(String node, Map<String, Tree> fields, Map<String, List<MethodTree>> methods) {
    String name = node.substring(node.indexOf(' ') + 1);
    return node.startsWith("field ") ? fields.get(name) : methods.get(name).get(0).simpleName();
  }

  private static String names(List<String> group) {
    List<String> shown = group.stream().limit(NAMES_SHOWN)
      .map(node -> node.startsWith("method ") ? node.substring(7) + "()" : node.substring(6)).toList();
    return String.join(", ", shown) + (group.size() > NAMES_SHOWN ? ", ..." : "");
  }

  /** The fields and sibling methods one method uses; locals and parameters shadow fields. */
  private static final class Uses extends BaseTreeVisitor {
    private final Set<String> fieldNames;
    private final Set<String> methodNames;
    private final Set<String> shadowed = new HashSet<>();
    private final Set<String> fields = new HashSet<>();
    private final Set<String> methods = new HashSet<>();
    private boolean foreignCalls;

    private Uses(Set<String> fieldNames, Set<String> methodNames) {
      this.fieldNames = fieldNames;
      this.methodNames = methodNames;
    }

    static Uses of(MethodTree method, Set<String> fieldNames, Set<String> methodNames) {
      Uses uses = new Uses(fieldNames, methodNames);
      method.parameters().forEach(parameter -> uses.shadowed.add(parameter.simpleName().name()));
      if (method.block() != null) {
        method.block().accept(uses);
      }
      return uses;
    }

    @Override
    public void visitVariable(VariableTree tree) {
      shadowed.add(tree.simpleName().name());
      super.visitVariable(tree);
    }

    @Override
    public void visitLambdaExpression(LambdaExpressionTree tree) {
      tree.parameters().forEach(parameter -> shadowed.add(parameter.simpleName().name()));
      super.visitLambdaExpression(tree);
    }

    @Override
    public void visitMethodInvocation(MethodInvocationTree tree) {
      Tree select = tree.methodSelect();
      String callee = null;
      if (select instanceof IdentifierTree identifier) {
        callee = identifier.name();
      } else if (select instanceof MemberSelectExpressionTree member && isThisOrSuper(member.expression())) {
        callee = member.identifier().name();
        foreignCalls |= "super".equals(((IdentifierTree) member.expression()).name());
      }
      if (callee != null) {
        if (methodNames.contains(callee)) {
          methods.add(callee);
        } else {
          foreignCalls = true;
        }
      }
      super.visitMethodInvocation(tree);
    }

    @Override
    public void visitMemberSelectExpression(MemberSelectExpressionTree tree) {
      if (isThisOrSuper(tree.expression())) {
        addField(tree.identifier().name());
      } else {
        // other.name: only the qualifier can be one of our fields
        tree.expression().accept(this);
      }
    }

    @Override
    public void visitIdentifier(IdentifierTree tree) {
      if (!shadowed.contains(tree.name())) {
        addField(tree.name());
      }
    }

    private void addField(String name) {
      if (fieldNames.contains(name)) {
        fields.add(name);
      }
    }

    private static boolean isThisOrSuper(Tree expression) {
      return expression instanceof IdentifierTree identifier && ("this".equals(identifier.name()) || "super".equals(identifier.name()));
    }
  }

  /** Connected components over string nodes, in insertion order. */
  private static final class UnionFind {
    private final Map<String, String> parents = new LinkedHashMap<>();

    void add(String node) {
      parents.putIfAbsent(node, node);
    }

    void union(String a, String b) {
      parents.put(find(a), find(b));
    }

    String find(String node) {
      String root = node;
      while (!parents.get(root).equals(root)) {
        root = parents.get(root);
      }
      return root;
    }

    List<List<String>> groups() {
      Map<String, List<String>> byRoot = new LinkedHashMap<>();
      parents.keySet().forEach(node -> byRoot.computeIfAbsent(find(node), root -> new ArrayList<>()).add(node));
      return new ArrayList<>(byRoot.values());
    }
  }
}
