/**
 * The framework every check stands on: the {@code ReviewCheck} base (suppression, generated code, IntelliJ
 * suppression comments), rule parameters with their validation, the repository key and the Java-version gate.
 */
package org.sonarreview.check;
