package org.sonarreview.project.mappings;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.CheckForNull;
import org.sonar.plugins.java.api.semantic.Type;
import org.sonar.plugins.java.api.tree.ClassTree;
import org.sonar.plugins.java.api.tree.ParameterizedTypeTree;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonar.plugins.java.api.tree.TypeTree;
import org.sonarreview.tree.Annotations;
import org.sonarreview.tree.QualifiedNames;
import org.sonarreview.tree.TypeResolver;

/**
 * Spring Data repository interfaces: an interface extending {@code Repository}, directly or through
 * {@code CrudRepository}, {@code JpaRepository} or a project interface, whose first type argument is the entity.
 * Generic bases ({@code @NoRepositoryBean}, or a type variable as the entity) serve no entity of their own.
 */
final class SpringDataRepositories {

  private static final String REPOSITORY = "org.springframework.data.repository.Repository";
  /** Spring Data's own interfaces, recognised by the imports when the library is not on the classpath. */
  private static final List<String> REPOSITORY_TYPES = List.of(REPOSITORY,
    "org.springframework.data.repository.CrudRepository", "org.springframework.data.repository.ListCrudRepository",
    "org.springframework.data.repository.PagingAndSortingRepository",
    "org.springframework.data.repository.ListPagingAndSortingRepository",
    "org.springframework.data.jpa.repository.JpaRepository");

  private SpringDataRepositories() {
  }

  @CheckForNull
  static RepositoryMapping read(ClassTree type, TypeResolver types) {
    if (!type.is(Tree.Kind.INTERFACE) || Annotations.has(type.modifiers(), "NoRepositoryBean")) {
      return null;
    }
    Set<String> typeParameters = type.typeParameters().stream().map(parameter -> parameter.identifier().name()).collect(Collectors.toSet());
    for (TypeTree extended : type.superInterfaces()) {
      if (extended instanceof ParameterizedTypeTree parameterized && !parameterized.typeArguments().isEmpty()
        && isRepository(parameterized, types)) {
        Tree entity = parameterized.typeArguments().get(0);
        String entityName = typeParameters.contains(QualifiedNames.of(entity)) ? null : types.fullyQualified(entity);
        return entityName == null ? null : new RepositoryMapping(TypeResolver.binaryName(type), entityName);
      }
    }
    return null;
  }

  private static boolean isRepository(TypeTree extended, TypeResolver types) {
    Type resolved = TypeResolver.resolved(extended);
    if (resolved != null) {
      return resolved.isSubtypeOf(REPOSITORY);
    }
    return REPOSITORY_TYPES.stream().anyMatch(name -> types.denotes(extended, name));
  }
}
