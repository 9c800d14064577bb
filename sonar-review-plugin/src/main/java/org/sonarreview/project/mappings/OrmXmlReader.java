package org.sonarreview.project.mappings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.CheckForNull;
import javax.xml.stream.XMLStreamException;

/** The classes of a JPA {@code orm.xml}-style file ({@code entity-mappings}); {@code metadata-complete} plays no part. */
final class OrmXmlReader {

  private static final Map<String, MappedAttribute.Kind> ATTRIBUTE_KINDS = Map.ofEntries(
    Map.entry("id", MappedAttribute.Kind.BASIC), Map.entry("basic", MappedAttribute.Kind.BASIC),
    Map.entry("version", MappedAttribute.Kind.BASIC), Map.entry("embedded-id", MappedAttribute.Kind.EMBEDDED),
    Map.entry("embedded", MappedAttribute.Kind.EMBEDDED), Map.entry("many-to-one", MappedAttribute.Kind.ASSOCIATION),
    Map.entry("one-to-one", MappedAttribute.Kind.ASSOCIATION), Map.entry("one-to-many", MappedAttribute.Kind.COLLECTION),
    Map.entry("many-to-many", MappedAttribute.Kind.COLLECTION), Map.entry("element-collection", MappedAttribute.Kind.COLLECTION));

  private final XmlCursor xml;
  private final String fileKey;
  private final List<EntityMapping> mappings = new ArrayList<>();
  private String packageName = "";

  private OrmXmlReader(XmlCursor xml, String fileKey) {
    this.xml = xml;
    this.fileKey = fileKey;
  }

  /** {@code xml} stands on the root element. */
  static List<EntityMapping> read(XmlCursor xml, String fileKey) throws XMLStreamException {
    OrmXmlReader reader = new OrmXmlReader(xml, fileKey);
    xml.children(reader::topLevel);
    return reader.mappings;
  }

  private void topLevel(String element) throws XMLStreamException {
    switch (element) {
      case "package" -> packageName = xml.text().strip();
      case "entity" -> mappedClass(EntityMapping.Kind.ENTITY);
      case "mapped-superclass" -> mappedClass(EntityMapping.Kind.MAPPED_SUPERCLASS);
      case "embeddable" -> mappedClass(EntityMapping.Kind.EMBEDDABLE);
      default -> {
        // Named queries, converters, defaults: no mapping of a class.
      }
    }
  }

  private void mappedClass(EntityMapping.Kind kind) throws XMLStreamException {
    String className = xml.attribute("class");
    if (className == null) {
      return;
    }
    MappingDraft draft = new MappingDraft(kind, XmlMappings.qualify(packageName, className), fileKey, xml.span("class"),
      MappingSource.Origin.ORM_XML);
    draft.declaredName = kind == EntityMapping.Kind.ENTITY ? xml.attribute("name") : null;
    xml.children(child -> {
      switch (child) {
        case "table" -> draft.table = xml.attribute("name");
        case "secondary-table" -> draft.addSecondaryTable(xml.attribute("name"));
        case "inheritance" -> draft.inheritance = true;
        case "attributes" -> xml.children(attribute -> attribute(attribute, draft));
        case "attribute-override" -> draft.addOverride(xml.attribute("name"), overrideColumn());
        default -> {
          // id-class, discriminator, listeners...
        }
      }
    });
    mappings.add(draft.build());
  }

  private void attribute(String element, MappingDraft draft) throws XMLStreamException {
    MappedAttribute.Kind kind = ATTRIBUTE_KINDS.get(element);
    String name = xml.attribute("name");
    if (kind == null || name == null) {
      // <transient> and unknown elements.
      return;
    }
    String target = target();
    List<String> columns = new ArrayList<>();
    xml.children(child -> {
      switch (child) {
        case "column", "join-column" -> MappingDraft.addName(columns, xml.attribute("name"));
        case "join-table", "collection-table" -> draft.addJoinTable(xml.attribute("name"));
        case "attribute-override" -> MappingDraft.addName(columns, overrideColumn());
        default -> {
          // order-by, map-key, cascade...
        }
      }
    });
    draft.addAttribute(new MappedAttribute(name, columns, kind, target == null ? null : XmlMappings.qualify(packageName, target)));
  }

  /** The column an {@code <attribute-override>} names; leaves it. */
  @CheckForNull
  private String overrideColumn() throws XMLStreamException {
    return xml.childAttribute(Set.of("column"), "name");
  }

  @CheckForNull
  private String target() {
    String entity = xml.attribute("target-entity");
    return entity != null ? entity : xml.attribute("target-class");
  }
}
