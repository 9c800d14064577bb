package org.sonarreview.sql;

import java.util.List;

/**
 * A path expression on an identification variable: {@code a.patient.name}.
 *
 * @param qualifier the identification variable, in lower case
 * @param attributes the attributes after it, as written ({@code patient}, {@code name})
 * @param start the offset of the qualifier in the text
 * @param end the offset after the last attribute
 * @param depth the nesting level of the (sub)query it is written in, 0 for the statement
 */
public record JpqlPath(String qualifier, List<String> attributes, int start, int end, int depth) {

  public JpqlPath {
    attributes = List.copyOf(attributes);
  }

  /** The attributes joined by dots: {@code patient.name}. */
  public String attributePath() {
    return String.join(".", attributes);
  }
}
