package org.sonarreview.project.mappings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.sonar.api.scanner.ScannerSide;

/**
 * The persistence mappings of the whole project: every file's mapped classes and Spring Data repositories, merged
 * per class (XML over annotations). {@link ScannerSide} makes it one component for the project, filled by every
 * module's analysis and read by the persistence rules. Thread-safe: contributions may arrive while rules ask.
 * Names follow SQL and JPQL: tables and columns compare case-insensitively, entity and attribute names exactly.
 *
 * <p>Completeness: every mapping records its superclass chain as far as its source knows it (see
 * {@link EntityMapping#ancestors()}): with SonarJava's semantic, the Java reader walks past superclasses that carry
 * no mapping annotation, wherever they are declared, and stops at a mapped one. An entity is complete when the chain
 * reaches {@code Object} through such unmapped classes and through classes mapped here; a superclass mapped by a
 * library, or one the analysis could not resolve, leaves it incomplete.
 */
@ScannerSide
public class ProjectMappings {

  private final Map<String, FileMappings> files = new ConcurrentHashMap<>();
  private final AtomicLong version = new AtomicLong();
  private volatile Snapshot snapshot = new Snapshot(0, MappingIndex.EMPTY);

  /** Records, or replaces, what a file contributes. */
  public void put(String fileKey, FileMappings mappings) {
    update(fileKey, previous -> mappings);
  }

  /** Records, or replaces, the mapped classes a file declares, keeping its repositories. */
  public void put(String fileKey, List<EntityMapping> entities) {
    update(fileKey, previous -> new FileMappings(entities, previous.repositories()));
  }

  /** Records, or replaces, the Spring Data repositories a file declares, keeping its mapped classes. */
  public void putRepositories(String fileKey, List<RepositoryMapping> repositories) {
    update(fileKey, previous -> new FileMappings(previous.entities(), repositories));
  }

  private void update(String fileKey, UnaryOperator<FileMappings> change) {
    files.compute(fileKey, (key, previous) -> {
      FileMappings updated = change.apply(previous == null ? FileMappings.EMPTY : previous);
      return updated.isEmpty() ? null : updated;
    });
    version.incrementAndGet();
  }

  /**
   * The entity JPQL names so ({@code Order}), or the mapped class of this binary or canonical name
   * ({@code shop.Order}, {@code shop.Outer$Line}, {@code shop.Outer.Line}; any kind). Empty when unknown, or when
   * classes of several modules share the entity name: a query's entity cannot then be told.
   */
  public Optional<EntityMapping> entityNamed(String nameOrFqn) {
    MappingIndex index = index();
    List<EntityMapping> named = index.entitiesNamed(nameOrFqn);
    if (named.size() == 1) {
      return Optional.of(named.get(0));
    }
    return named.isEmpty() ? Optional.ofNullable(index.byClass(nameOrFqn)) : Optional.empty();
  }

  /**
   * The entities that map this table, as primary, secondary, join or collection table. {@code table} may be
   * schema-qualified or quoted. A declared name matches as written or in snake_case, a defaulted primary table as
   * the entity name or in snake_case ({@code PurchaseOrder}: {@code purchaseorder}, {@code purchase_order}).
   */
  public List<EntityMapping> entitiesMappingTable(String table) {
    return index().entitiesMappingTable(PhysicalNames.normalize(table));
  }

  /** The entity's persistent attributes by JPQL name, those of its mapped superclasses and entity superclasses included. */
  public Map<String, MappedAttribute> attributesOf(EntityMapping entity) {
    return index().attributesOf(entity);
  }

  /**
   * Every column name the entity may map, normalized (see {@link PhysicalNames}): declared ones, defaulted ones in
   * both forms, inherited ones and those of embedded classes. A superset: overridden names stay in.
   */
  public Set<String> columnsOf(EntityMapping entity) {
    return index().columnsOf(entity);
  }

  /** True when every superclass up to {@code Object} is known (see the class comment): only then are its attributes all known. */
  public boolean isComplete(EntityMapping entity) {
    return index().hierarchy(entity).complete();
  }

  /** A Spring Data repository serving the entity, the first by name when there are several. */
  public Optional<RepositoryMapping> repositoryOf(EntityMapping entity) {
    return index().repositoriesOf(entity.classFqn()).stream().findFirst();
  }

  /** Every mapped class, merged. */
  public List<EntityMapping> mappedClasses() {
    return List.copyOf(index().mappedClasses());
  }

  public boolean isEmpty() {
    return files.isEmpty();
  }

  /** How many classes of this kind are mapped, for a log line. */
  public int count(EntityMapping.Kind kind) {
    return (int) index().mappedClasses().stream().filter(mapping -> mapping.kind() == kind).count();
  }

  public int repositoryCount() {
    return index().repositoryCount();
  }

  /** The current index: rebuilt, in file-key order, when contributions changed since it was built. */
  private MappingIndex index() {
    long current = version.get();
    Snapshot last = snapshot;
    if (last.version() == current) {
      return last.index();
    }
    // Read after the version: a contribution arriving meanwhile makes the next call rebuild again.
    MappingIndex index = new MappingIndex(new ArrayList<>(new TreeMap<>(files).values()));
    snapshot = new Snapshot(current, index);
    return index;
  }

  private record Snapshot(long version, MappingIndex index) {
  }
}
