package org.sonarreview.project.mappings;

import org.sonarreview.project.TextSpan;

/** Where a mapping was declared: the file, the span of the class name there (for a secondary location), and how. */
public record MappingSource(String fileKey, TextSpan span, Origin origin) {

  /** The kind of declaration; XML declarations override annotations of the same class. */
  public enum Origin {
    ANNOTATIONS, ORM_XML, HBM_XML;

    public boolean isXml() {
      return this != ANNOTATIONS;
    }
  }
}
