package org.sonarreview.project.mappings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;
import org.sonarreview.project.TextSpan;

/** An {@link EntityMapping} being read: the readers fill it in any order, then build the immutable fact. */
final class MappingDraft {

  final EntityMapping.Kind kind;
  final String classFqn;
  final MappingSource source;
  @Nullable
  String declaredName;
  @Nullable
  String table;
  final List<String> secondaryTables = new ArrayList<>();
  final List<String> joinTables = new ArrayList<>();
  /** By name: a name declared twice (a field and its getter under mixed access) is one attribute. */
  final Map<String, MappedAttribute> attributes = new LinkedHashMap<>();
  List<String> ancestors = List.of();
  boolean inheritance;

  MappingDraft(EntityMapping.Kind kind, String classFqn, String fileKey, TextSpan span, MappingSource.Origin origin) {
    this.kind = kind;
    this.classFqn = classFqn;
    this.source = new MappingSource(fileKey, span, origin);
  }

  void addSecondaryTable(@Nullable String name) {
    addName(secondaryTables, name);
  }

  void addJoinTable(@Nullable String name) {
    addName(joinTables, name);
  }

  void addAttribute(MappedAttribute attribute) {
    attributes.putIfAbsent(attribute.name(), attribute);
  }

  /**
   * The class's override of an inherited attribute's column ({@code @AttributeOverride} on the class): as the nearer
   * declaration, it hides the superclass's column. A dotted name overrides inside an embedded attribute instead.
   */
  void addOverride(@Nullable String attribute, @Nullable String column) {
    if (attribute != null && column != null && attribute.indexOf('.') < 0) {
      addAttribute(new MappedAttribute(attribute, List.of(column), MappedAttribute.Kind.BASIC, null));
    }
  }

  EntityMapping build() {
    return new EntityMapping(kind, classFqn, declaredName, table, secondaryTables, joinTables, List.copyOf(attributes.values()),
      ancestors, inheritance, source);
  }

  /** Adds a declared name once; blank names (an annotation left at its default) are no names. */
  static void addName(List<String> names, @Nullable String name) {
    if (name != null && !name.isBlank() && !names.contains(name)) {
      names.add(name);
    }
  }
}
