package org.sonarreview.project;

import java.util.List;
import java.util.Set;

/**
 * What one source file contributes to the index: its declarations (main code only), the signatures it
 * references, the names it could not resolve, and whether it had a semantic model at all.
 */
public record FileEntry(
  String uri,
  boolean semantic,
  List<MethodDeclaration> declarations,
  Set<String> references,
  Set<String> unresolvedNames) {

  public FileEntry {
    declarations = List.copyOf(declarations);
    references = Set.copyOf(references);
    unresolvedNames = Set.copyOf(unresolvedNames);
  }

  /** The same entry for the file at another URI. */
  public FileEntry at(String newUri) {
    return new FileEntry(newUri, semantic, declarations, references, unresolvedNames);
  }

}
