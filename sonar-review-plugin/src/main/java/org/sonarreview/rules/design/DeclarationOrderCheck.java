package org.sonarreview.rules.design;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.List;
import javax.annotation.Nullable;
import org.sonar.check.Rule;
import org.sonar.check.RuleProperty;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Modifier;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.check.ParameterType;
import org.sonarreview.check.RuleParameter;
import org.sonarreview.project.ConventionCheck;
import org.sonarreview.project.ProjectConventions;
import org.sonarreview.tree.IdentifierSplitter;
import org.sonarreview.tree.Modifiers;
import org.sonarreview.tree.TypeKinds;

/**
 * Members whose order goes against the layout the project gives classes of the same shape. For each pair of
 * member kinds a type has (say constructors and instance fields), the project's types that have both put one
 * kind first, the other first, or mix them; a type that does otherwise than most comparable types (same kind of
 * type, and the same name suffix, package, module or project) is flagged on its first out-of-place member. The
 * {@code order} parameter says which layout a type that mixes the two kinds should have been in.
 */
@Rule(key = "DeclarationOrder")
public class DeclarationOrderCheck extends ConventionCheck {

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

    String plural() {
      return singular + "s";
    }
  }

  public DeclarationOrderCheck() {
    this(null);
  }

  public DeclarationOrderCheck(@Nullable ProjectConventions conventions) {
    super(conventions);
  }

  @Override
  public List<Tree.Kind> nodesToVisit() {
    return List.of(Tree.Kind.CLASS, Tree.Kind.INTERFACE, Tree.Kind.ENUM, Tree.Kind.RECORD, Tree.Kind.ANNOTATION_TYPE);
  }

  @Override
  public void visitNode(Tree tree) {
    ClassTree type = (ClassTree) tree;
    Map<MemberKind, List<Tree>> members = membersByKind(type);
    List<String> scopes = scopesOf(type);
    List<MemberKind> rank = ranking.value();
    for (int first = 0; first < rank.size(); first++) {
      for (int second = first + 1; second < rank.size(); second++) {
        MemberKind early = rank.get(first);
        MemberKind late = rank.get(second);
        if (members.containsKey(early) && members.containsKey(late)) {
          judgePair(type, early, late, members.get(early), members.get(late), scopes);
        }
      }
    }
  }

  /**
   * One layout question per pair of kinds: {@code early} before {@code late} (the configured order), the other way
   * round, or mixed; a mixed type is measured against the configured order.
   */
  private void judgePair(ClassTree type, MemberKind early, MemberKind late, List<Tree> earlyMembers, List<Tree> lateMembers,
    List<String> scopes) {
    String convention = "order:" + TypeKinds.nameOf(type) + ":" + early.parameterName + "/" + late.parameterName;
    String earlyFirst = "put " + early.plural() + " before " + late.plural();
    String lateFirst = "put " + late.plural() + " before " + early.plural();
    int lastEarly = position(lastOf(earlyMembers));
    int firstLate = position(lateMembers.get(0));
    int lastLate = position(lastOf(lateMembers));
    int firstEarly = position(earlyMembers.get(0));
    String subject = pluralOf(type) + " with " + early.plural() + " and " + late.plural();
    if (lastEarly < firstLate) {
      observe(type, convention, scopes, earlyFirst);
      flagIfDeviating(nameOf(earlyMembers.get(0)), convention, scopes, earlyFirst, lateFirst, subject,
        "Move this " + early.singular + " after the " + late.plural());
    } else if (lastLate < firstEarly) {
      observe(type, convention, scopes, lateFirst);
      flagIfDeviating(nameOf(lateMembers.get(0)), convention, scopes, lateFirst, earlyFirst, subject,
        "Move this " + late.singular + " after the " + early.plural());
    } else {
      observe(type, convention, scopes, "mix " + early.plural() + " and " + late.plural());
      Tree misplaced = lateMembers.stream().filter(member -> position(member) < lastEarly).findFirst().orElse(lateMembers.get(0));
      flagIfDeviating(nameOf(misplaced), convention, scopes, "mix", earlyFirst, subject,
        "Move this " + late.singular + " after the " + early.plural());
    }
  }

  /** The same shape first: the type's name suffix (Schema, Constants, Service...) across the project, then place. */
  private List<String> scopesOf(ClassTree type) {
    List<String> scopes = new ArrayList<>();
    String suffix = type.simpleName() == null ? null : lastWord(type.simpleName().name());
    if (suffix != null) {
      scopes.add("named '*" + suffix + "' in the project");
    }
    scopes.addAll(placeScopes());
    return scopes;
  }

  @Nullable
  private static String lastWord(String name) {
    List<String> words = IdentifierSplitter.split(name);
    return words.size() < 2 ? null : words.get(words.size() - 1);
  }

  private static String pluralOf(ClassTree type) {
    String kind = TypeKinds.nameOf(type);
    return kind.endsWith("s") ? kind + "es" : kind + "s";
  }

  private Map<MemberKind, List<Tree>> membersByKind(ClassTree type) {
    Map<MemberKind, List<Tree>> byKind = new EnumMap<>(MemberKind.class);
    for (Tree member : type.members()) {
      MemberKind kind = kindOf(type, member);
      if (kind != null) {
        byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(member);
      }
    }
    return byKind;
  }

  private static Tree lastOf(List<Tree> members) {
    return members.get(members.size() - 1);
  }

  private static int position(Tree member) {
    return member.firstToken() == null ? 0 : member.firstToken().range().start().line() * 10_000
      + member.firstToken().range().start().columnOffset();
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
