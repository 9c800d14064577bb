package org.sonarreview.rules.persistence;

import java.util.List;
import javax.annotation.Nullable;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.AnnotationTree;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.MemberSelectExpressionTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeTree;
import org.sonar.plugins.java.api.tree.VariableTree;

/**
 * One place in a file that shows it is ORM-based: a JPA {@code EntityManager} or entity annotation, a Hibernate
 * {@code Session}, a Spring Data repository, or jOOQ's DSL. Types are matched semantically: an unresolved type
 * is no evidence.
 */
public record OrmUse(Tree location, String name) {

  /** Types whose use makes a file ORM-based; subtypes count too (JpaRepository, Session). */
  private static final List<String> ORM_TYPES = List.of(
    "jakarta.persistence.EntityManager", "javax.persistence.EntityManager",
    "jakarta.persistence.EntityManagerFactory", "javax.persistence.EntityManagerFactory",
    "org.hibernate.SharedSessionContract", "org.hibernate.SessionFactory",
    "org.springframework.data.repository.Repository",
    "org.jooq.DSLContext");
  /** Annotations that declare mapped types or inject the persistence context. */
  private static final List<String> ORM_ANNOTATIONS = List.of(
    "jakarta.persistence.Entity", "javax.persistence.Entity",
    "jakarta.persistence.MappedSuperclass", "javax.persistence.MappedSuperclass",
    "jakarta.persistence.Embeddable", "javax.persistence.Embeddable",
    "jakarta.persistence.PersistenceContext", "javax.persistence.PersistenceContext");
  private static final String JOOQ_DSL = "org.jooq.impl.DSL";
  /** Calls that read or write mapped data through the ORM. */
  private static final MethodMatchers ORM_CALLS = MethodMatchers.or(
    MethodMatchers.create()
      .ofSubTypes("jakarta.persistence.EntityManager", "javax.persistence.EntityManager", "org.hibernate.SharedSessionContract")
      .names("find", "getReference", "persist", "merge", "remove", "refresh", "detach", "lock", "contains", "createQuery",
        "createNamedQuery", "createSelectionQuery", "createMutationQuery", "createNamedSelectionQuery",
        "createNamedMutationQuery", "getCriteriaBuilder", "createEntityGraph", "get", "load", "save", "saveOrUpdate",
        "update", "delete", "insert", "upsert", "byId", "byNaturalId", "bySimpleNaturalId", "byMultipleIds", "createCriteria",
        "getNamedQuery")
      .withAnyParameters().build(),
    MethodMatchers.create().ofSubTypes("org.springframework.data.repository.Repository").anyName().withAnyParameters().build(),
    MethodMatchers.create().ofSubTypes("org.jooq.DSLContext")
      .name(name -> name.startsWith("select") || name.startsWith("insert") || name.startsWith("update")
        || name.startsWith("delete") || name.startsWith("merge") || name.startsWith("newRecord") || name.startsWith("fetchCount"))
      .withAnyParameters().build());

  /** A field, parameter or local of an ORM type. */
  @Nullable
  public static OrmUse ofVariable(VariableTree variable) {
    return ofType(variable.type());
  }

  /** A class that extends or implements an ORM type, such as a Spring Data repository interface. */
  @Nullable
  public static OrmUse ofClass(ClassTree classTree) {
    OrmUse superclass = classTree.superClass() == null ? null : ofType(classTree.superClass());
    if (superclass != null) {
      return superclass;
    }
    return classTree.superInterfaces().stream().map(OrmUse::ofType).filter(use -> use != null).findFirst().orElse(null);
  }

  /** {@code @Entity}, {@code @MappedSuperclass}, {@code @Embeddable}, {@code @PersistenceContext}. */
  @Nullable
  public static OrmUse ofAnnotation(AnnotationTree annotation) {
    Type type = annotation.symbolType();
    return ORM_ANNOTATIONS.stream().anyMatch(type::is) ? new OrmUse(annotation, "@" + type.symbol().name()) : null;
  }

  /**
   * A static call of jOOQ's {@code DSL} ({@code DSL.field}, {@code select} statically imported), or a mapped-data
   * call on an ORM object: {@code entityManager().find(..)}, {@code session.createQuery(..)},
   * {@code repository.save(..)}, {@code dsl.selectFrom(..)}. That covers files that reach the
   * {@code EntityManager} through an inherited getter and declare no variable of its type. Native queries and
   * getting a connection through the ORM are not such evidence: they are the way around it.
   */
  @Nullable
  public static OrmUse ofInvocation(MethodInvocationTree invocation) {
    var owner = invocation.methodSymbol().owner();
    if (owner != null && owner.type() != null && owner.type().is(JOOQ_DSL)) {
      return new OrmUse(invocation.methodSelect(), "DSL");
    }
    if (!(invocation.methodSelect() instanceof MemberSelectExpressionTree select) || !ORM_CALLS.matches(invocation)) {
      return null;
    }
    Type receiver = select.expression().symbolType();
    Type type = receiver.isUnknown() || !receiver.isClass() ? owner.type() : receiver;
    return new OrmUse(select.identifier(), type.symbol().name());
  }

  @Nullable
  private static OrmUse ofType(TypeTree typeTree) {
    Type type = typeTree.symbolType();
    if (type.isUnknown() || !type.isClass()) {
      return null;
    }
    return ORM_TYPES.stream().anyMatch(type::isSubtypeOf) ? new OrmUse(typeTree, type.symbol().name()) : null;
  }
}
