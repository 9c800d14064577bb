package org.sonarreview.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.sonar.api.scanner.ScannerSide;

/**
 * The project-wide index of UnreferencedMethod: one {@link FileEntry} per analysed file of every module.
 * {@link ScannerSide} (org.sonar.api.scanner) makes it a project-level component, shared by every module's
 * check and by {@link UnreferencedMethodSensor}. It holds signatures and positions, never syntax trees.
 */
@ScannerSide
public class MethodIndex {

  private final Map<String, FileEntry> entries = new ConcurrentHashMap<>();

  /** Records, or replaces, what a file contributes. */
  public void put(String fileKey, FileEntry entry) {
    entries.put(fileKey, entry);
  }

  public Collection<FileEntry> entries() {
    return entries.values();
  }

  /** Files analysed without a semantic model: only the names they call are known. */
  public long filesWithoutSemantic() {
    return entries.values().stream().filter(entry -> !entry.semantic()).count();
  }

  /** Total declarations and reference signatures held: the index's size. */
  public long size() {
    return entries.values().stream().mapToLong(entry -> entry.declarations().size() + entry.references().size()).sum();
  }

  /**
   * The declarations no file references, with the file that declares them. A declaration whose name some
   * file could not resolve is kept out: the unresolved call may be the reference.
   */
  public List<Unreferenced> unreferenced(Predicate<MethodDeclaration> entryPoint) {
    Set<String> referenced = new HashSet<>();
    Set<String> unresolved = new HashSet<>();
    for (FileEntry entry : entries.values()) {
      referenced.addAll(entry.references());
      unresolved.addAll(entry.unresolvedNames());
    }
    List<Unreferenced> result = new ArrayList<>();
    for (FileEntry entry : entries.values()) {
      for (MethodDeclaration declaration : entry.declarations()) {
        if (!referenced.contains(declaration.signature()) && !unresolved.contains(declaration.name()) && !entryPoint.test(declaration)) {
          result.add(new Unreferenced(entry.uri(), declaration));
        }
      }
    }
    return result;
  }

  /** An unreferenced declaration and the URI of its file. */
  public record Unreferenced(String uri, MethodDeclaration declaration) {
  }
}
