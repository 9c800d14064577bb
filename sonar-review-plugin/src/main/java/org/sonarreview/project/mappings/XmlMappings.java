package org.sonarreview.project.mappings;

import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The mappings an XML file declares: a JPA {@code orm.xml}-style file (root {@code entity-mappings}) or a
 * Hibernate {@code hbm.xml} file (root {@code hibernate-mapping}), whatever the file is called. Read with the JDK's
 * streaming parser, DTDs and external entities off: the DOCTYPE of hbm.xml files is never fetched. Any other
 * XML, and malformed XML, yields nothing.
 */
public final class XmlMappings {

  private XmlMappings() {
  }

  public static List<EntityMapping> read(String fileKey, String text) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try {
      XMLStreamReader reader = newFactory().createXMLStreamReader(new StringReader(content));
      try {
        XmlCursor xml = new XmlCursor(reader, content);
        String root = xml.root();
        if ("entity-mappings".equals(root)) {
          return OrmXmlReader.read(xml, fileKey);
        }
        return "hibernate-mapping".equals(root) ? HbmXmlReader.read(xml, fileKey) : List.of();
      } finally {
        reader.close();
      }
    } catch (XMLStreamException | RuntimeException e) {
      return List.of();
    }
  }

  /** A fresh factory per file: the JDK's factory is not documented thread-safe, and costs little next to the parse. */
  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }

  /** A class name of a mapping file, relative to the file's package unless it is qualified. */
  static String qualify(String packageName, String className) {
    return packageName.isEmpty() || className.indexOf('.') >= 0 ? className : (packageName + "." + className);
  }
}
