package org.sonarreview.project.mappings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One class's declarations from several sources made one: annotations first, XML over them, as JPA and Hibernate
 * apply {@code orm.xml}. A later declaration wins for each name it declares (kind, entity name, table, an
 * attribute's columns); tables and attributes add up; the Java source tells the superclass chain.
 */
final class MappingMerge {

  private MappingMerge() {
  }

  /** {@code declarations} all map one class and are in a stable order (by file). */
  static EntityMapping merge(List<EntityMapping> declarations) {
    if (declarations.size() == 1) {
      return declarations.get(0);
    }
    List<EntityMapping> ordered = new ArrayList<>(declarations);
    ordered.sort(Comparator.comparing(mapping -> mapping.source().origin().isXml()));
    EntityMapping first = ordered.get(0);
    MappingDraft merged = new MappingDraft(ordered.get(ordered.size() - 1).kind(), first.classFqn(), first.source().fileKey(),
      first.source().span(), first.source().origin());
    Map<String, MappedAttribute> attributes = new LinkedHashMap<>();
    for (EntityMapping declaration : ordered) {
      merged.declaredName = declaration.declaredName() != null ? declaration.declaredName() : merged.declaredName;
      merged.table = declaration.table() != null ? declaration.table() : merged.table;
      declaration.secondaryTables().forEach(merged::addSecondaryTable);
      declaration.joinTables().forEach(merged::addJoinTable);
      declaration.attributes().forEach(attribute -> attributes.merge(attribute.name(), attribute, MappingMerge::override));
      if (merged.ancestors.isEmpty()) {
        merged.ancestors = declaration.ancestors();
      }
      merged.inheritance |= declaration.inheritance();
    }
    attributes.values().forEach(merged::addAttribute);
    return merged.build();
  }

  private static MappedAttribute override(MappedAttribute earlier, MappedAttribute later) {
    return new MappedAttribute(later.name(), later.columns().isEmpty() ? earlier.columns() : later.columns(), later.kind(),
      later.type() != null ? later.type() : earlier.type());
  }
}
