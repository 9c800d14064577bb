package org.sonarreview.project.mappings;

import java.util.List;

/** What one file contributes to the project's mappings: its mapped classes and its Spring Data repositories. */
public record FileMappings(List<EntityMapping> entities, List<RepositoryMapping> repositories) {

  public static final FileMappings EMPTY = new FileMappings(List.of(), List.of());

  public FileMappings {
    entities = List.copyOf(entities);
    repositories = List.copyOf(repositories);
  }

  public boolean isEmpty() {
    return entities.isEmpty() && repositories.isEmpty();
  }
}
