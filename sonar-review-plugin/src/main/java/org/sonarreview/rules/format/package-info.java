/**
 * review-format: indentation judged against the file's own block structure.
 */
package org.sonarreview.rules.format;
