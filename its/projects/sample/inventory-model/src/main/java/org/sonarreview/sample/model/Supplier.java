package org.sonarreview.sample.model;

/** A supplier of articles. Mapped in META-INF/orm.xml, not with annotations. */
public class Supplier {

  private Long id;

  private String name;

  @Override
  public String toString() {
    return "Supplier " + id + " " + name;
  }
}
