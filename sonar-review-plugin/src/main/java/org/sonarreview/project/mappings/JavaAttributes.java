package org.sonarreview.project.mappings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.CheckForNull;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.Symbol;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.AnnotationTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.ExpressionTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Modifier;
import org.sonar.plugins.java.api.tree.ModifiersTree;
import org.sonar.plugins.java.api.tree.ParameterizedTypeTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeTree;
import org.sonar.plugins.java.api.tree.VariableTree;
import org.sonarreview.tree.Annotations;
import org.sonarreview.tree.Modifiers;
import org.sonarreview.tree.QualifiedNames;
import org.sonarreview.tree.TypeResolver;
import org.sonarreview.tree.TypeText;

/**
 * The persistent attributes of a mapped class. JPA reads fields, unless the identifier's annotation sits on a
 * getter (in the class or, with the semantic, a superclass) or {@code @Access(PROPERTY)} says so: then getter
 * properties. Static, {@code transient} and {@code @Transient} members are no attributes.
 */
final class JavaAttributes {

  private static final Set<String> BOOLEANS = Set.of("boolean", "Boolean", "java.lang.Boolean");
  private static final int MAX_DEPTH = 32;

  private final PersistenceAnnotations jpa;
  private final TypeResolver types;

  JavaAttributes(PersistenceAnnotations jpa, TypeResolver types) {
    this.jpa = jpa;
    this.types = types;
  }

  /** The class's own attributes, then the inherited ones its {@code @AttributeOverride}s give another column. */
  void read(ClassTree type, MappingDraft draft) {
    readMembers(type, draft);
    for (AnnotationTree override : jpa.all(type.modifiers(), "AttributeOverride", "AttributeOverrides")) {
      draft.addOverride(PersistenceAnnotations.string(override, "name"), overrideColumn(override));
    }
  }

  private void readMembers(ClassTree type, MappingDraft draft) {
    boolean propertyAccess = propertyAccess(type);
    type.recordComponents().forEach(component -> add(component.modifiers(), component.simpleName().name(), component.type(), draft));
    for (Tree member : type.members()) {
      if (member instanceof VariableTree field && isPersistentField(field, propertyAccess)) {
        add(field.modifiers(), field.simpleName().name(), field.type(), draft);
      } else if (member instanceof MethodTree method && isPersistentGetter(method, propertyAccess)) {
        add(method.modifiers(), propertyName(method), method.returnType(), draft);
      }
    }
  }

  private boolean isPersistentField(VariableTree field, boolean propertyAccess) {
    ModifiersTree modifiers = field.modifiers();
    if (Modifiers.has(modifiers, Modifier.STATIC) || Modifiers.has(modifiers, Modifier.TRANSIENT) || jpa.hasAny(modifiers, "Transient")) {
      return false;
    }
    return !propertyAccess || Boolean.FALSE.equals(explicitPropertyAccess(modifiers));
  }

  private boolean isPersistentGetter(MethodTree method, boolean propertyAccess) {
    ModifiersTree modifiers = method.modifiers();
    if (propertyName(method) == null || Modifiers.has(modifiers, Modifier.STATIC) || jpa.hasAny(modifiers, "Transient")) {
      return false;
    }
    return propertyAccess || Boolean.TRUE.equals(explicitPropertyAccess(modifiers));
  }

  private boolean propertyAccess(ClassTree type) {
    Boolean explicit = explicitPropertyAccess(type.modifiers());
    if (explicit != null) {
      return explicit;
    }
    for (Tree member : type.members()) {
      if (member instanceof VariableTree field && jpa.hasAny(field.modifiers(), "Id", "EmbeddedId")) {
        return false;
      }
      if (member instanceof MethodTree method && jpa.hasAny(method.modifiers(), "Id", "EmbeddedId")) {
        return true;
      }
    }
    return inheritedPropertyAccess(type.symbol());
  }

  /** Where a superclass of another file or a library puts its identifier; field access when nobody says. */
  private static boolean inheritedPropertyAccess(@Nullable Symbol.TypeSymbol type) {
    if (type == null || type.isUnknown()) {
      return false;
    }
    int depth = 0;
    for (Type current = TypeResolver.known(type.superClass()); current != null && depth < MAX_DEPTH;
      current = TypeResolver.known(current.symbol().superClass())) {
      for (Symbol member : current.symbol().memberSymbols()) {
        if (PersistenceAnnotations.isAnnotated(member, "Id") || PersistenceAnnotations.isAnnotated(member, "EmbeddedId")) {
          return member.isMethodSymbol();
        }
      }
      depth++;
    }
    return false;
  }

  /** {@code @Access(AccessType.PROPERTY)}: true; {@code FIELD}: false; no {@code @Access}: null. */
  @CheckForNull
  private Boolean explicitPropertyAccess(ModifiersTree modifiers) {
    AnnotationTree access = jpa.find(modifiers, "Access");
    ExpressionTree value = access == null ? null : Annotations.argument(access, "value");
    return value == null ? null : "PROPERTY".equals(QualifiedNames.lastSegment(QualifiedNames.of(value)));
  }

  /**
   * {@code firstName} for {@code getFirstName()}, {@code active} for {@code boolean isActive()}, {@code URL} for
   * {@code getURL()}; null for other methods.
   */
  @CheckForNull
  private static String propertyName(MethodTree method) {
    if (!method.is(Tree.Kind.METHOD) || !method.parameters().isEmpty() || method.returnType() == null) {
      return null;
    }
    String returned = TypeText.of(method.returnType());
    String name = method.simpleName().name();
    String prefix = name.startsWith("get") ? "get" : (name.startsWith("is") && BOOLEANS.contains(returned) ? "is" : null);
    if (prefix == null || "void".equals(returned) || name.length() == prefix.length()
      || !Character.isUpperCase(name.charAt(prefix.length()))) {
      return null;
    }
    String property = name.substring(prefix.length());
    boolean acronym = property.length() > 1 && Character.isUpperCase(property.charAt(1));
    return acronym ? property : (property.substring(0, 1).toLowerCase(Locale.ROOT) + property.substring(1));
  }

  private void add(ModifiersTree modifiers, String name, TypeTree declaredType, MappingDraft draft) {
    List<String> columns = new ArrayList<>(jpa.names(modifiers, "Column", null));
    jpa.names(modifiers, "JoinColumn", "JoinColumns").forEach(column -> MappingDraft.addName(columns, column));
    jpa.names(modifiers, "JoinTable", null).forEach(draft::addJoinTable);
    jpa.names(modifiers, "CollectionTable", null).forEach(draft::addJoinTable);
    MappedAttribute.Kind kind;
    String type = null;
    if (jpa.hasAny(modifiers, "Embedded", "EmbeddedId") || isEmbeddable(declaredType)) {
      kind = MappedAttribute.Kind.EMBEDDED;
      type = types.fullyQualified(declaredType);
      jpa.collect(modifiers, "AttributeOverride", "AttributeOverrides", JavaAttributes::overrideColumn)
        .forEach(column -> MappingDraft.addName(columns, column));
    } else if (jpa.hasAny(modifiers, "ManyToOne", "OneToOne")) {
      kind = MappedAttribute.Kind.ASSOCIATION;
      type = target(modifiers, declaredType, "ManyToOne", "OneToOne");
    } else if (jpa.hasAny(modifiers, "OneToMany", "ManyToMany", "ElementCollection")) {
      kind = MappedAttribute.Kind.COLLECTION;
      type = target(modifiers, elementType(declaredType), "OneToMany", "ManyToMany", "ElementCollection");
    } else {
      kind = MappedAttribute.Kind.BASIC;
    }
    draft.addAttribute(new MappedAttribute(name, columns, kind, type));
  }

  @CheckForNull
  private static String overrideColumn(AnnotationTree override) {
    return Annotations.annotationsIn(Annotations.argument(override, "column")).stream()
      .map(column -> PersistenceAnnotations.string(column, "name")).findFirst().orElse(null);
  }

  /** The class an association names ({@code targetEntity = X.class}, {@code targetClass}) or else its declared type. */
  @CheckForNull
  private String target(ModifiersTree modifiers, @Nullable TypeTree declared, String... annotations) {
    for (String annotation : annotations) {
      AnnotationTree found = jpa.find(modifiers, annotation);
      ExpressionTree target = found == null ? null : Annotations.argument(found, "targetEntity");
      target = target != null || found == null ? target : Annotations.argument(found, "targetClass");
      if (target instanceof MemberSelectExpressionTree literal && "class".equals(literal.identifier().name())) {
        return types.fullyQualified(literal.expression());
      }
    }
    return declared == null ? null : types.fullyQualified(declared);
  }

  /** {@code Line} in {@code List<Line>}; the value type of a map. */
  @CheckForNull
  private static TypeTree elementType(TypeTree collection) {
    if (!(collection instanceof ParameterizedTypeTree parameterized) || parameterized.typeArguments().isEmpty()) {
      return null;
    }
    List<Tree> arguments = new ArrayList<>(parameterized.typeArguments());
    Type resolved = TypeResolver.resolved(collection);
    boolean map = resolved == null ? QualifiedNames.simpleTypeName(collection).endsWith("Map") : resolved.isSubtypeOf("java.util.Map");
    Tree element = arguments.get(map ? arguments.size() - 1 : 0);
    return element instanceof TypeTree typeTree ? typeTree : null;
  }

  /** An attribute of an {@code @Embeddable} type is embedded without {@code @Embedded}: the semantic tells. */
  private static boolean isEmbeddable(TypeTree declaredType) {
    Type type = TypeResolver.resolved(declaredType);
    return type != null && PersistenceAnnotations.isAnnotated(type.symbol(), "Embeddable");
  }
}
