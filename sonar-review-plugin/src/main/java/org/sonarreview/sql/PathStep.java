package org.sonarreview.sql;

import org.sonar.plugins.java.api.tree.Tree;

/** One step of the way a value takes into SQL: "Source: parameter 'name' of public method 'find'.", "Assigned to 'sql'.". */
public record PathStep(Tree tree, String message) {
}
