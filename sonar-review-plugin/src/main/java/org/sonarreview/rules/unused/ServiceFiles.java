package org.sonarreview.rules.unused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Types named in {@code META-INF/services} files under the project: {@code ServiceLoader} instantiates them
 * by reflection. Build output and tool directories are not searched.
 */
final class ServiceFiles {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceFiles.class);
  private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "build", "out", "node_modules", ".git", ".gradle",
    ".idea", ".scannerwork", ".sonar");

  private ServiceFiles() {
  }

  static Set<String> typesNamedUnder(Path baseDir) {
    Set<String> types = new HashSet<>();
    try {
      Files.walkFileTree(baseDir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          return !dir.equals(baseDir) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          Path parent = file.getParent();
          if (parent != null && parent.endsWith(Path.of("META-INF", "services"))) {
            readTypes(file, types);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      LOG.debug("Could not search {} for META-INF/services files", baseDir, e);
    }
    return types;
  }

  private static void readTypes(Path file, Set<String> types) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int comment = line.indexOf('#');
      String type = (comment >= 0 ? line.substring(0, comment) : line).trim();
      if (!type.isEmpty()) {
        // Binary names use '$' for nested types; the index uses source names.
        types.add(type.replace('$', '.'));
      }
    }
  }
}
