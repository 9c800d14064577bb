/**
 * Reading doc comments: where a declaration's Javadoc is, and what its description and block tags say.
 * Shared by the documentation rules and by UnusedImport (a type named only in Javadoc is used).
 */
package org.sonarreview.javadoc;
