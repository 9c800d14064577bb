package org.sonarreview.tree;

import java.util.List;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.ImportTree;

/** What a file imports, read from its import declarations. */
public final class Imports {

  private Imports() {
  }

  /** The dotted names of the file's non-static imports ({@code java.util.List}, {@code java.util.*}). */
  public static List<String> typeImports(CompilationUnitTree unit) {
    return unit.imports().stream()
      .filter(ImportTree.class::isInstance)
      .map(ImportTree.class::cast)
      .filter(single -> !single.isStatic())
      .map(single -> QualifiedNames.of(single.qualifiedIdentifier()))
      .toList();
  }
}
