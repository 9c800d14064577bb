package org.sonarreview.project;

import javax.annotation.Nullable;

/**
 * Query text found during the analysis, kept until the project's mappings are complete: what a persistence rule
 * needs to decide, never a syntax tree.
 *
 * @param span     where an issue goes: the call's method name, or the annotation
 * @param api      the API as a message names it ({@code EntityManager.createNativeQuery}, {@code @Query})
 * @param expected the language the API expects
 * @param text     the text as written, with {@code ?} where the code puts a value it does not spell out
 * @param textSpan where the text is written, for a secondary location; null when it is the issue's own span
 * @param ormUse   the ORM use of the class that runs the query ({@code EntityManager}), null when the class uses none
 * @param conditional whether parts of the text are added in a branch or a loop, so that no one run builds all of it
 */
public record RecordedQuery(TextSpan span, String api, QueryLanguage expected, String text, @Nullable TextSpan textSpan,
  @Nullable String ormUse, boolean conditional) {
}
