package org.sonarreview.tree;

import org.sonar.plugins.java.api.tree.Modifier;
import org.sonar.plugins.java.api.tree.ModifiersTree;

/** The modifier keywords written on a declaration, read from the syntax tree alone. */
public final class Modifiers {

  private Modifiers() {
  }

  /** True when the keyword is written: an implicit modifier, such as an interface method's {@code public}, is not. */
  public static boolean has(ModifiersTree modifiers, Modifier modifier) {
    return modifiers.modifiers().stream().anyMatch(keyword -> keyword.modifier() == modifier);
  }
}
