package org.sonarreview.rules.design;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Modifier;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.ReviewCheck;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.tree.Modifiers;

/**
 * Members out of the conventional order (static fields, instance fields, constructors, methods, nested types).
 * One issue per misplaced kind, on its first misplaced member, so that a messy class gets a few issues, not dozens.
 */
@Rule(key = "DeclarationOrder")
public class DeclarationOrderCheck extends ReviewCheck {

  @RuleProperty(key = "order", description = "The order of member kinds: a comma-separated list naming each of staticFields, "
    + "instanceFields, constructors, methods and nestedTypes exactly once",
    defaultValue = "staticFields,instanceFields,constructors,methods,nestedTypes")
  public String order;

  private final RuleParameter<List<MemberKind>> ranking = parameter("order",
    ParameterType.permutation(EnumSet.allOf(MemberKind.class).stream().map(kind -> kind.parameterName).toList())
      .map(names -> names.stream().map(MemberKind::named).toList()));

  /** The kinds that the order ranks; initializer blocks and enum constants are not ranked. */
  enum MemberKind {
    STATIC_FIELDS("staticFields", "static field"),
    INSTANCE_FIELDS("instanceFields", "instance field"),
    CONSTRUCTORS("constructors", "constructor"),
    METHODS("methods", "method"),
    NESTED_TYPES("nestedTypes", "nested type");

    private final String parameterName;
    private final String singular;

    MemberKind(String parameterName, String singular) {
      this.parameterName = parameterName;
      this.singular = singular;
    }

    static MemberKind named(String parameterName) {
      for (MemberKind kind : values()) {
        if (kind.parameterName.equalsIgnoreCase(parameterName)) {
          return kind;
        }
      }
      throw new IllegalArgumentException(parameterName);
    }
  }

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.CLASS, Tree.Kind.INTERFACE, Tree.Kind.ENUM, Tree.Kind.RECORD, Tree.Kind.ANNOTATION_TYPE);
  }

  @Override
  public void visitNode(Tree tree) {
    ClassTree type = (ClassTree) tree;
    Set<MemberKind> reported = EnumSet.noneOf(MemberKind.class);
    List<Tree> ranked = new ArrayList<>();
    for (Tree member : type.members()) {
      MemberKind kind = kindOf(type, member);
      if (kind == null) {
        continue;
      }
      Tree laterKindMember = firstRankedAfter(ranked, type, kind);
      if (laterKindMember != null && reported.add(kind)) {
        MemberKind laterKind = kindOf(type, laterKindMember);
        reportIssue(nameOf(member), "Move this " + kind.singular + " before the " + laterKind.singular
          + "s; members go in the order " + orderText() + ".",
          List.of(new JavaFileScannerContext.Location("first " + laterKind.singular, nameOf(laterKindMember))), null);
      }
      ranked.add(member);
    }
  }

  /** The first earlier member whose kind the order puts after {@code kind}. */
  @Nullable
  private Tree firstRankedAfter(List<Tree> earlier, ClassTree type, MemberKind kind) {
    int rank = ranking.value().indexOf(kind);
    return earlier.stream().filter(member -> ranking.value().indexOf(kindOf(type, member)) > rank).findFirst().orElse(null);
  }

  private String orderText() {
    return ranking.value().stream().map(kind -> kind.singular + "s").collect(Collectors.joining(", "));
  }

  @Nullable
  private static MemberKind kindOf(ClassTree owner, Tree member) {
    if (member.is(Tree.Kind.ENUM_CONSTANT)) {
      // Java puts enum constants first; they are fields in the tree but have no place in the order.
      return null;
    }
    if (member instanceof VariableTree field) {
      boolean implicitlyStatic = owner.is(Tree.Kind.INTERFACE, Tree.Kind.ANNOTATION_TYPE);
      return implicitlyStatic || Modifiers.has(field.modifiers(), Modifier.STATIC) ? MemberKind.STATIC_FIELDS : MemberKind.INSTANCE_FIELDS;
    }
    if (member.is(Tree.Kind.CONSTRUCTOR)) {
      return MemberKind.CONSTRUCTORS;
    }
    if (member.is(Tree.Kind.METHOD)) {
      return MemberKind.METHODS;
    }
    if (member instanceof ClassTree) {
      return MemberKind.NESTED_TYPES;
    }
    return null;
  }

  private static Tree nameOf(Tree member) {
    if (member instanceof VariableTree field) {
      return field.simpleName();
    }
    if (member instanceof MethodTree method) {
      return method.simpleName();
    }
    ClassTree type = (ClassTree) member;
    return type.simpleName() != null ? type.simpleName() : type;
  }
}
