/**
 * review-unused: unused imports, locals and private members, and UnreferencedMethod, whose check fills the
 * project's method index and whose project sensor reports once every module is analysed.
 */
package org.sonarreview.rules.unused;
