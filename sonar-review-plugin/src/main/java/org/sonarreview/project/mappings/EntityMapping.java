package org.sonarreview.project.mappings;

import java.util.List;
import javax.annotation.CheckForNull;
import javax.annotation.Nullable;

/**
 * How one class is mapped, as one source declares it (or as {@link ProjectMappings} merged its sources).
 *
 * @param classFqn the binary name, {@code shop.Order} or {@code shop.Outer$Line}
 * @param declaredName {@code @Entity(name)}, {@code <entity name>} or hbm {@code entity-name}; null when defaulted
 * @param table the primary table's name as declared (schema and quotes included); null when defaulted
 * @param secondaryTables {@code @SecondaryTable}, {@code <secondary-table>}, hbm {@code <join table>}
 * @param joinTables {@code @JoinTable}, {@code @CollectionTable}, hbm collection tables
 * @param attributes the class's own persistent attributes, in declaration order
 * @param ancestors the superclass chain as far as the source tells, nearest first. It ends with
 *   {@code java.lang.Object} when every step is known, or stops at the first mapped superclass (whose own mapping
 *   continues it), or at a class the analysis could not resolve. Superclasses in between are known to carry no
 *   mapping annotation. Empty when the source does not say (an orm.xml entity).
 * @param inheritance whether the class declares {@code @Inheritance} (hbm: has subclasses)
 */
public record EntityMapping(
  Kind kind,
  String classFqn,
  @Nullable String declaredName,
  @Nullable String table,
  List<String> secondaryTables,
  List<String> joinTables,
  List<MappedAttribute> attributes,
  List<String> ancestors,
  boolean inheritance,
  MappingSource source) {

  public static final String OBJECT = "java.lang.Object";

  /** What JPA makes of the class. */
  public enum Kind {
    ENTITY, MAPPED_SUPERCLASS, EMBEDDABLE
  }

  public EntityMapping {
    secondaryTables = List.copyOf(secondaryTables);
    joinTables = List.copyOf(joinTables);
    attributes = List.copyOf(attributes);
    ancestors = List.copyOf(ancestors);
  }

  /** The name JPQL uses: the declared name, else the class's simple name. */
  public String entityName() {
    return declaredName != null ? declaredName : simpleName(classFqn);
  }

  /** The direct superclass; null when it is {@code Object} or not known. */
  @CheckForNull
  public String superclass() {
    return ancestors.isEmpty() || OBJECT.equals(ancestors.get(0)) ? null : ancestors.get(0);
  }

  /** The last segment of a binary name: {@code Line} for {@code shop.Outer$Line}. */
  static String simpleName(String binaryName) {
    return binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
  }
}
