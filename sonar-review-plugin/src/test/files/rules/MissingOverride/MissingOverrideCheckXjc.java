package com.acme;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlEnum;
import jakarta.xml.bind.annotation.XmlType;

interface Named {
  String getName();
}

/**
 * <p>Java class for named-type complex type.
 *
 * <p>The following schema fragment specifies the expected content contained within this class.
 *
 * <pre>{@code
 * <complexType name="named-type">
 *   <attribute name="name" type="{http://www.w3.org/2001/XMLSchema}string" />
 * </complexType>
 * }</pre>
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "named-type", propOrder = {"name"})
class JaxbNamedType implements Named {

  protected String name;

  public String getName() { // XJC output: generated code is not reviewed
    return name;
  }

  /**
   * <p>Java class for anonymous complex type.
   *
   * <p>The following schema fragment specifies the expected content contained within this class.
   */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(name = "")
  public static class Alias implements Named {
    public String getName() { // inside XJC output
      return "alias";
    }
  }
}

/**
 * <p>Java class for color-type.
 *
 * <p>The following schema fragment
 * specifies the expected content contained within this class.
 */
@XmlType(name = "color-type")
@XmlEnum
enum JaxbColorType implements Named {
  RED;

  public String getName() { // XJC output, with the sentence wrapped over two lines
    return name();
  }
}

/** A hand-written JAXB binding: annotated, but its Javadoc is its author's. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "person")
class Person implements Named {
  public String getName() { // Noncompliant {{Add '@Override': 'getName' implements 'Named.getName'.}}
    return "person";
  }
}

/**
 * Explains XJC's Javadoc: "The following schema fragment specifies the expected content contained within this class".
 * Quoting the sentence without {@code @XmlType} does not make a class generated.
 */
class XjcNotes implements Named {
  public String getName() { // Noncompliant {{Add '@Override': 'getName' implements 'Named.getName'.}}
    return "notes";
  }
}
