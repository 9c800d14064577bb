package org.sonarreview.project;

import java.util.List;
import javax.annotation.Nullable;

/**
 * An issue a rule raises only if the project's convention says so: the declaration answered {@code ownValue} to
 * {@code convention}; it is a deviation when, in the first of its {@code scopes} with enough comparable
 * declarations, {@code expectedValue} (or, when null, whatever most of them answered) holds a large enough share
 * and differs from its own answer.
 *
 * @param message what to do, without the convention: "Add Javadoc to this public method"
 * @param subject what the declarations compared are, in the plural: "public methods"
 * @param scopes narrow to wide, each from {@link Scopes}
 */
public record ConventionFinding(
  String convention,
  List<String> scopes,
  String ownValue,
  @Nullable String expectedValue,
  String subject,
  String message,
  TextSpan span) {

  public ConventionFinding {
    scopes = List.copyOf(scopes);
  }
}
