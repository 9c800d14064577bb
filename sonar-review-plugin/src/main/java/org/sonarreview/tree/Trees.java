package org.sonarreview.tree;

import java.util.List;
import org.sonar.plugins.java.api.tree.IdentifierTree;
import org.sonar.plugins.java.api.tree.Tree;

/** Small questions about the position of trees, asked by several rules. */
public final class Trees {

  private Trees() {
  }

  /** True when {@code tree} is {@code ancestor} or lies inside it. */
  public static boolean isInside(Tree tree, Tree ancestor) {
    for (Tree current = tree; current != null; current = current.parent()) {
      if (current == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** True when one of the usages lies outside the declaration: a recursive call alone is no use. */
  public static boolean usedOutside(List<IdentifierTree> usages, Tree declaration) {
    return usages.stream().anyMatch(usage -> !isInside(usage, declaration));
  }
}
