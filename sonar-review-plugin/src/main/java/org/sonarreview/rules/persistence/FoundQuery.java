package org.sonarreview.rules.persistence;

import javax.annotation.Nullable;
import org.sonar.plugins.java.api.tree.Tree;
import org.sonarreview.project.QueryLanguage;

/**
 * Query text found in a file, before the project's mappings are known.
 *
 * @param reportTree  where an issue goes: the call's method name, or the annotation
 * @param textTree    the expression or annotation value that holds the text
 * @param api         the API as a message names it
 * @param expected    the language the API expects
 * @param text        the resolved text, with holes
 * @param conditional whether parts of the text are added in a branch or a loop
 * @param declarative true for annotation text ({@code @Query}, {@code @NamedNativeQuery})
 */
record FoundQuery(Tree reportTree, Tree textTree, String api, QueryLanguage expected, String text, boolean conditional,
  boolean declarative) {

  /** The text tree as a secondary location, when it is not where the issue already points. */
  @Nullable
  Tree separateTextTree() {
    return textTree == reportTree ? null : textTree;
  }
}
