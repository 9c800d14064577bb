/**
 * Utilities over SonarJava's syntax tree that several rule categories share: qualified and simple names, the types
 * a file names, annotations, constants, modifiers, accessors, overrides, comment tokens and the split of identifiers
 * into words.
 */
package org.sonarreview.tree;
