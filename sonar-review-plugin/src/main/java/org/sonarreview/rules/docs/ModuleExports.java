package org.sonarreview.rules.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.Nullable;
import org.sonar.api.batch.fs.InputFile;

/**
 * Which packages a module exports, read from the {@code module-info.java} at the root of a file's source
 * directory. Without a readable {@code module-info.java} every package counts as exported: that is the
 * classpath's notion of public.
 */
public final class ModuleExports {

  private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
  /** Unqualified exports only: {@code exports a.b to c.d;} opens a package to friends, not to the public. */
  private static final Pattern EXPORTS = Pattern.compile("\\bexports\\s+([\\w.]+)\\s*;");

  /** Exported packages per source root; empty when the root has no module-info.java. */
  private final Map<Path, Optional<Set<String>>> exportsByRoot = new HashMap<>();

  /** Whether a module-info.java decides the package's visibility, and how. */
  public enum Visibility { EXPORTED, NOT_EXPORTED, NO_MODULE }

  /** Whether the package is visible outside its module, hidden in it, or in no module at all. */
  public Visibility visibility(@Nullable InputFile file, String packageName) {
    Path root = sourceRoot(file, packageName);
    if (root == null) {
      return Visibility.NO_MODULE;
    }
    Optional<Set<String>> exports = exportsByRoot.computeIfAbsent(root, ModuleExports::readExports);
    return exports.map(packages -> packages.contains(packageName) ? Visibility.EXPORTED : Visibility.NOT_EXPORTED)
      .orElse(Visibility.NO_MODULE);
  }

  /** The directory above the package's directories, or null when the file does not sit in them. */
  @Nullable
  private static Path sourceRoot(@Nullable InputFile file, String packageName) {
    Path directory;
    try {
      directory = file == null ? null : Path.of(file.uri()).getParent();
    } catch (RuntimeException e) {
      // Not a local file (e.g. an editor buffer): no module can be read.
      return null;
    }
    if (directory == null) {
      return null;
    }
    Path packagePath = packageName.isEmpty() ? null : directory.getFileSystem().getPath("", packageName.split("\\."));
    if (packagePath == null) {
      return directory;
    }
    if (!directory.endsWith(packagePath)) {
      return null;
    }
    Path root = directory;
    for (int i = 0; i < packagePath.getNameCount(); i++) {
      root = root.getParent();
    }
    return root;
  }

  static Optional<Set<String>> readExports(Path root) {
    Path moduleInfo = root.resolve("module-info.java");
    if (!Files.isRegularFile(moduleInfo)) {
      return Optional.empty();
    }
    try {
      return Optional.of(exportsOf(Files.readString(moduleInfo, StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static Set<String> exportsOf(String moduleInfo) {
    Set<String> packages = new HashSet<>();
    Matcher matcher = EXPORTS.matcher(COMMENTS.matcher(moduleInfo).replaceAll(" "));
    while (matcher.find()) {
      packages.add(matcher.group(1));
    }
    return packages;
  }
}
