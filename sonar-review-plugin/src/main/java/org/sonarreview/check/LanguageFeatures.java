package org.sonarreview.check;

import org.sonar.plugins.java.api.JavaVersion;

/**
 * The Java-version gate for suggestions: a rule suggests {@code _}, {@code var} or {@code {@return}} only
 * when {@code sonar.java.source} allows it. An unset version allows none of them: silence beats a wrong hint.
 */
public final class LanguageFeatures {

  private LanguageFeatures() {
  }

  /** {@code var} for locals (Java 10). */
  public static boolean allowsVar(JavaVersion version) {
    return version.isSet() && version.isJava10Compatible();
  }

  /** The inline {@code {@return}} Javadoc tag (Java 16). */
  public static boolean allowsInlineReturnTag(JavaVersion version) {
    return version.isSet() && version.isJava16Compatible();
  }

  /** Unnamed variables and patterns, {@code _} (Java 22). */
  public static boolean allowsUnnamedVariables(JavaVersion version) {
    return version.isSet() && version.isJava22Compatible();
  }
}
