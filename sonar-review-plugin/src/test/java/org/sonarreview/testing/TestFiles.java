package org.sonarreview.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locations shared by the check tests. */
public final class TestFiles {

  private static final Path TEST_JARS = Path.of("target", "test-jars");

  private TestFiles() {
  }

  /** A test source under {@code src/test/files/rules}. */
  public static String path(String relative) {
    return "src/test/files/rules/" + relative;
  }

  /** The library jars that test sources compile against, copied by maven-dependency-plugin. */
  public static List<File> testJars() {
    try (Stream<Path> jars = Files.list(TEST_JARS)) {
      return jars.filter(jar -> jar.toString().endsWith(".jar")).map(Path::toFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Run the build through Maven: " + TEST_JARS + " is filled in generate-test-resources", e);
    }
  }
}
