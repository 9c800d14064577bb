/**
 * The rules, one package per review category: the package name is the rule's {@code review-<category>} tag, and
 * it holds the category's checks ({@code <Key>Check}) with the helpers only they use. Category packages do not
 * depend on each other; what two categories share lives in {@code check}, {@code tree}, {@code javadoc},
 * {@code sql} or {@code project}.
 */
package org.sonarreview.rules;
