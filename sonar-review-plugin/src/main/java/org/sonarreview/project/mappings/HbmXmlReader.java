package org.sonarreview.project.mappings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.Nullable;
import javax.xml.stream.XMLStreamException;

/**
 * The classes of a Hibernate {@code hbm.xml} file ({@code hibernate-mapping}). An hbm mapping declares all the
 * persistent state of its class, so a root {@code <class>} is complete by itself and a subclass continues its
 * parent. A {@code <subclass>} shares its parent's table; joined and union subclasses have their own.
 */
final class HbmXmlReader {

  private static final Set<String> CLASSES = Set.of("class", "subclass", "joined-subclass", "union-subclass");
  private static final Set<String> BASIC = Set.of("id", "property", "version", "timestamp", "key-property");
  private static final Set<String> ASSOCIATIONS = Set.of("many-to-one", "one-to-one", "key-many-to-one");
  private static final Set<String> COMPONENTS = Set.of("component", "dynamic-component", "composite-id");
  private static final Set<String> COLLECTIONS = Set.of("set", "bag", "list", "map", "array", "primitive-array", "idbag");
  /** Groups whose members belong to the enclosing class. */
  private static final Set<String> GROUPS = Set.of("natural-id", "properties", "join");
  private static final Set<String> COLLECTION_ELEMENTS = Set.of("one-to-many", "many-to-many", "composite-element");

  private final XmlCursor xml;
  private final String fileKey;
  private final String packageName;
  private final List<EntityMapping> mappings = new ArrayList<>();

  private HbmXmlReader(XmlCursor xml, String fileKey) {
    this.xml = xml;
    this.fileKey = fileKey;
    String declaredPackage = xml.attribute("package");
    this.packageName = declaredPackage == null ? "" : declaredPackage;
  }

  /** {@code xml} stands on the root element. */
  static List<EntityMapping> read(XmlCursor xml, String fileKey) throws XMLStreamException {
    HbmXmlReader reader = new HbmXmlReader(xml, fileKey);
    xml.children(element -> {
      if (CLASSES.contains(element)) {
        // A top-level subclass names its parent in "extends".
        String parent = xml.attribute("extends");
        reader.mappedClass(parent == null ? null : XmlMappings.qualify(reader.packageName, parent), null);
      }
    });
    return reader.mappings;
  }

  private void mappedClass(@Nullable String parent, @Nullable String parentTable) throws XMLStreamException {
    boolean sharesTable = "subclass".equals(xml.name());
    String className = xml.attribute("name");
    String entityName = xml.attribute("entity-name");
    if (className == null && entityName == null) {
      return;
    }
    MappingDraft draft = new MappingDraft(EntityMapping.Kind.ENTITY,
      className != null ? XmlMappings.qualify(packageName, className) : entityName, fileKey,
      xml.span(className != null ? "name" : "entity-name"), MappingSource.Origin.HBM_XML);
    draft.declaredName = entityName;
    draft.table = sharesTable ? parentTable : xml.attribute("table");
    draft.ancestors = List.of(parent == null ? EntityMapping.OBJECT : parent);
    xml.children(member -> member(member, draft));
    mappings.add(draft.build());
  }

  private void member(String element, MappingDraft draft) throws XMLStreamException {
    String name = xml.attribute("name");
    if (CLASSES.contains(element)) {
      draft.inheritance = true;
      mappedClass(draft.classFqn, draft.table);
    } else if (GROUPS.contains(element) || ("composite-id".equals(element) && name == null)) {
      // A <join> adds a secondary table; an unnamed composite id's key properties are the class's own.
      draft.addSecondaryTable("join".equals(element) ? xml.attribute("table") : null);
      xml.children(member -> member(member, draft));
    } else if (name == null) {
      // An unnamed id, a discriminator, a key, a cache setting: no attribute.
    } else if (BASIC.contains(element)) {
      draft.addAttribute(new MappedAttribute(name, columns(), MappedAttribute.Kind.BASIC, null));
    } else if (ASSOCIATIONS.contains(element)) {
      String target = className();
      draft.addAttribute(new MappedAttribute(name, columns(), MappedAttribute.Kind.ASSOCIATION, target));
    } else if (COMPONENTS.contains(element)) {
      String type = className();
      draft.addAttribute(new MappedAttribute(name, columns(), MappedAttribute.Kind.EMBEDDED, type));
    } else if (COLLECTIONS.contains(element)) {
      draft.addJoinTable(xml.attribute("table"));
      String elementClass = qualified(xml.childAttribute(COLLECTION_ELEMENTS, "class"));
      draft.addAttribute(new MappedAttribute(name, List.of(), MappedAttribute.Kind.COLLECTION, elementClass));
    }
  }

  /** The class attribute of the current element, qualified. */
  @Nullable
  private String className() {
    return qualified(xml.attribute("class"));
  }

  @Nullable
  private String qualified(@Nullable String className) {
    return className == null ? null : XmlMappings.qualify(packageName, className);
  }

  /**
   * The columns of the current element, which it leaves: its {@code column} attribute, its {@code <column>}
   * children, and for a component those of its properties, however deep.
   */
  private List<String> columns() throws XMLStreamException {
    List<String> columns = new ArrayList<>();
    addColumns(columns);
    return columns;
  }

  private void addColumns(List<String> columns) throws XMLStreamException {
    MappingDraft.addName(columns, xml.attribute("column"));
    xml.children(child -> {
      if ("column".equals(child)) {
        MappingDraft.addName(columns, xml.attribute("name"));
      } else if (BASIC.contains(child) || ASSOCIATIONS.contains(child) || COMPONENTS.contains(child)) {
        addColumns(columns);
      }
    });
  }
}
