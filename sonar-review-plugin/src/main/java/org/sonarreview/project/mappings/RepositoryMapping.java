package org.sonarreview.project.mappings;

/** A Spring Data repository interface and the entity class it serves (its {@code Repository}'s first type argument). */
public record RepositoryMapping(String repositoryFqn, String entityFqn) {

  /** {@code OrderRepository} for {@code shop.OrderRepository}, {@code Repo} for {@code shop.Outer$Repo}. */
  public String simpleName() {
    return EntityMapping.simpleName(repositoryFqn);
  }
}
