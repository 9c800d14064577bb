/**
 * The plugin: the rule repository, the built-in Review way profile, the registrar that hands the checks to
 * SonarJava and the list of every check. The only package that knows every rule.
 */
package org.sonarreview;
