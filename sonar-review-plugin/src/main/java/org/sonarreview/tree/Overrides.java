package org.sonarreview.tree;

import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;

/** Whether a method's signature and documentation come from a supertype. */
public final class Overrides {

  private Overrides() {
  }

  /**
   * True when the method carries {@code @Override}, overrides a known method, or sits in a hierarchy the
   * classpath cannot resolve: rules that must not judge imposed signatures stay silent in all three cases.
   */
  public static boolean mayOverride(MethodTree method) {
    if (method.is(Tree.Kind.CONSTRUCTOR)) {
      // SonarJava answers TRUE for a no-argument constructor (it "overrides" Object()); constructors never override.
      return false;
    }
    return Annotations.has(method.modifiers(), "Override") || !Boolean.FALSE.equals(method.isOverriding());
  }
}
