package org.sonarreview.checks.common;

import org.sonar.plugins.java.api.tree.MethodTree;

/** Methods whose name and signature are imposed by a supertype. */
public final class Overrides {

  private Overrides() {
  }

  /**
   * True when the method overrides or implements another one, or when its supertypes cannot be resolved:
   * a rule that cannot tell stays silent.
   */
  public static boolean mayOverride(MethodTree method) {
    return Annotations.has(method.modifiers(), "Override") || !Boolean.FALSE.equals(method.isOverriding());
  }
}
