package org.sonarreview.project.mappings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.CheckForNull;

/**
 * The project's mappings merged per class and indexed for the questions rules ask: an immutable snapshot that
 * {@link ProjectMappings} rebuilds after contributions change.
 */
final class MappingIndex {

  static final MappingIndex EMPTY = new MappingIndex(List.of());

  /** By binary name ({@code a.Outer$Inner}) and by canonical name ({@code a.Outer.Inner}). */
  private final Map<String, EntityMapping> byClass = new HashMap<>();
  private final List<EntityMapping> mappedClasses = new ArrayList<>();
  private final Map<String, List<EntityMapping>> entitiesByName = new HashMap<>();
  private final Map<String, List<EntityMapping>> entitiesByTable = new HashMap<>();
  private final Map<String, List<RepositoryMapping>> repositoriesByEntity = new HashMap<>();
  private final Set<RepositoryMapping> repositories = new HashSet<>();

  /** {@code files} in a stable order, so that merged declarations do not depend on the analysis order. */
  MappingIndex(List<FileMappings> files) {
    Map<String, List<EntityMapping>> declarations = new LinkedHashMap<>();
    for (FileMappings file : files) {
      file.entities().forEach(entity -> declarations.computeIfAbsent(entity.classFqn(), k -> new ArrayList<>()).add(entity));
      repositories.addAll(file.repositories());
    }
    declarations.values().forEach(sameClass -> add(MappingMerge.merge(sameClass)));
    repositories.forEach(repository ->
      repositoriesByEntity.computeIfAbsent(repository.entityFqn(), k -> new ArrayList<>()).add(repository));
    repositoriesByEntity.values().forEach(list -> list.sort(Comparator.comparing(RepositoryMapping::repositoryFqn)));
  }

  private void add(EntityMapping mapping) {
    mappedClasses.add(mapping);
    byClass.put(mapping.classFqn(), mapping);
    byClass.putIfAbsent(mapping.classFqn().replace('$', '.'), mapping);
    if (mapping.kind() != EntityMapping.Kind.ENTITY) {
      return;
    }
    entitiesByName.computeIfAbsent(mapping.entityName(), k -> new ArrayList<>()).add(mapping);
    Set<String> tables = new LinkedHashSet<>(PhysicalNames.candidates(mapping.table() != null ? mapping.table() : mapping.entityName()));
    mapping.secondaryTables().forEach(table -> tables.addAll(PhysicalNames.candidates(table)));
    mapping.joinTables().forEach(table -> tables.addAll(PhysicalNames.candidates(table)));
    tables.forEach(table -> entitiesByTable.computeIfAbsent(table, k -> new ArrayList<>()).add(mapping));
  }

  List<EntityMapping> mappedClasses() {
    return mappedClasses;
  }

  @CheckForNull
  EntityMapping byClass(String fqn) {
    return byClass.get(fqn);
  }

  /** The entities carrying this JPQL name: several when modules clash. */
  List<EntityMapping> entitiesNamed(String name) {
    return entitiesByName.getOrDefault(name, List.of());
  }

  List<EntityMapping> entitiesMappingTable(String normalizedTable) {
    return entitiesByTable.getOrDefault(normalizedTable, List.of());
  }

  List<RepositoryMapping> repositoriesOf(String entityFqn) {
    return repositoriesByEntity.getOrDefault(entityFqn, List.of());
  }

  int repositoryCount() {
    return repositories.size();
  }

  /**
   * The mapped classes whose attributes an entity has, itself first, then its mapped superclasses nearest first;
   * complete when the chain reaches {@code Object} through classes that are mapped here or known to be unmapped.
   */
  Hierarchy hierarchy(EntityMapping entity) {
    EntityMapping current = byClass.getOrDefault(entity.classFqn(), entity);
    List<EntityMapping> classes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (current != null && seen.add(current.classFqn())) {
      classes.add(current);
      EntityMapping next = null;
      for (String ancestor : current.ancestors()) {
        if (EntityMapping.OBJECT.equals(ancestor)) {
          return new Hierarchy(classes, true);
        }
        EntityMapping mapped = byClass.get(ancestor);
        if (mapped != null && !mapped.ancestors().isEmpty()) {
          // Its own chain, from its Java source, continues this one.
          next = mapped;
          break;
        }
        if (mapped != null && seen.add(ancestor)) {
          // Mapped in XML only, which tells nothing of its superclasses: this chain goes on past it.
          classes.add(mapped);
        }
        // Otherwise a class known to carry no mapping; or, last in the chain, one mapped by a library or not resolved.
      }
      current = next;
    }
    return new Hierarchy(classes, false);
  }

  /** The attributes of an entity's hierarchy by name, the nearest declaration first. */
  Map<String, MappedAttribute> attributesOf(EntityMapping entity) {
    Map<String, MappedAttribute> attributes = new LinkedHashMap<>();
    for (EntityMapping mapped : hierarchy(entity).classes()) {
      mapped.attributes().forEach(attribute -> attributes.putIfAbsent(attribute.name(), attribute));
    }
    return attributes;
  }

  /** Every column name, normalized, the entity's hierarchy may map, the columns of embedded classes included. */
  Set<String> columnsOf(EntityMapping entity) {
    Set<String> columns = new LinkedHashSet<>();
    addColumns(entity, columns, new HashSet<>());
    return columns;
  }

  private void addColumns(EntityMapping entity, Set<String> columns, Set<String> visited) {
    if (!visited.add(entity.classFqn())) {
      return;
    }
    for (MappedAttribute attribute : attributesOf(entity).values()) {
      attribute.columns().forEach(column -> columns.addAll(PhysicalNames.candidates(column)));
      if (!attribute.columns().isEmpty() && attribute.kind() != MappedAttribute.Kind.EMBEDDED) {
        continue;
      }
      switch (attribute.kind()) {
        case BASIC -> columns.addAll(PhysicalNames.candidates(attribute.name()));
        // The usual key column of the target: JPA's default join column is <attribute>_<key column>.
        case ASSOCIATION -> PhysicalNames.candidates(attribute.name()).forEach(name -> columns.add(name + "_id"));
        case EMBEDDED -> {
          EntityMapping embeddable = attribute.type() == null ? null : byClass.get(attribute.type());
          if (embeddable != null) {
            addColumns(embeddable, columns, visited);
          }
        }
        case COLLECTION -> {
          // Its columns live in the collection or target table.
        }
      }
    }
  }

  /** See {@link #hierarchy}. */
  record Hierarchy(List<EntityMapping> classes, boolean complete) {
  }
}
