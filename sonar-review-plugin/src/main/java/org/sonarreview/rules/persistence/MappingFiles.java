package org.sonarreview.rules.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.batch.fs.FilePredicates;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.batch.fs.InputFile;

/**
 * The XML files that may hold JPA or Hibernate mappings: the project's indexed XML files, and the XML files of
 * the resource folders beside its Java source folders ({@code src/main/resources} beside {@code src/main/java}).
 * Scanners for Maven and Gradle index only the Java folders by default, yet that is where {@code orm.xml} and
 * {@code *.hbm.xml} live. Which of them are mapping files is decided by their root element when they are read.
 */
final class MappingFiles {

  private static final Logger LOG = LoggerFactory.getLogger(MappingFiles.class);
  private static final long MAX_BYTES = 4L << 20;
  private static final int MAX_DEPTH = 16;

  private MappingFiles() {
  }

  /** The text of each candidate file, by URI. */
  static Map<String, String> read(FileSystem fileSystem) {
    FilePredicates predicates = fileSystem.predicates();
    Map<String, String> texts = new LinkedHashMap<>();
    for (InputFile file : fileSystem.inputFiles(predicates.hasExtension("xml"))) {
      try {
        texts.put(file.uri().toString(), file.contents());
      } catch (IOException | RuntimeException e) {
        LOG.debug("Persistence mappings: cannot read {}", file, e);
      }
    }
    for (Path folder : resourceFolders(fileSystem)) {
      try (Stream<Path> files = Files.walk(folder, MAX_DEPTH)) {
        files.filter(file -> file.getFileName().toString().endsWith(".xml") && Files.isRegularFile(file))
          .forEach(file -> readFile(file, texts));
      } catch (IOException | RuntimeException e) {
        LOG.debug("Persistence mappings: cannot list {}", folder, e);
      }
    }
    return texts;
  }

  /** {@code .../src/<set>/resources} for every {@code .../src/<set>/java} folder that holds an indexed Java file. */
  static Set<Path> resourceFolders(FileSystem fileSystem) {
    Set<Path> folders = new TreeSet<>();
    for (InputFile file : fileSystem.inputFiles(fileSystem.predicates().hasLanguage("java"))) {
      Path path = file.path();
      for (Path folder = path.getParent(); folder != null && folder.getParent() != null; folder = folder.getParent()) {
        Path set = folder.getParent();
        if ("java".equals(folder.getFileName().toString()) && set.getParent() != null
          && "src".equals(set.getParent().getFileName().toString())) {
          Path resources = set.resolve("resources");
          if (Files.isDirectory(resources)) {
            folders.add(resources);
          }
          break;
        }
      }
    }
    return folders;
  }

  private static void readFile(Path file, Map<String, String> texts) {
    String uri = file.toUri().toString();
    try {
      if (!texts.containsKey(uri) && Files.size(file) <= MAX_BYTES) {
        texts.put(uri, Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("Persistence mappings: cannot read {}", file, e);
    }
  }
}
