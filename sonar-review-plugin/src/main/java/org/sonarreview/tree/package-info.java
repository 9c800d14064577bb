/**
 * Utilities over SonarJava's syntax tree that several rule categories share: qualified and simple names,
 * annotations, modifiers, accessors, overrides, comment tokens and the split of identifiers into words.
 */
package org.sonarreview.tree;
