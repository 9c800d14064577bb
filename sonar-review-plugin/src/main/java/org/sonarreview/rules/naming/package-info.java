/**
 * review-naming: naming conventions, term casing and non-descriptive names, over one model of a file's
 * declarations and their name styles.
 */
package org.sonarreview.rules.naming;
