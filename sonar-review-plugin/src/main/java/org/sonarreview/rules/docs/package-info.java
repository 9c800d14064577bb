/**
 * review-docs: missing and incomplete Javadoc on the API a module exports.
 */
package org.sonarreview.rules.docs;
