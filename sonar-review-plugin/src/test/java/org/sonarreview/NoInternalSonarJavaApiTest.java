package org.sonarreview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a server only {@code org.sonar.plugins.java.api} of SonarJava is visible to our plugin: a class of
 * {@code org.sonar.java.*} compiles against the fat jar but fails with NoClassDefFoundError at runtime.
 */
class NoInternalSonarJavaApiTest {

  private static final Pattern INTERNAL_USE = Pattern.compile("\\borg\\.sonar\\.java\\.");

  @Test
  void main_code_uses_only_the_public_sonarjava_api() throws IOException {
    List<String> offenders;
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      offenders = sources.filter(path -> path.toString().endsWith(".java"))
        .filter(NoInternalSonarJavaApiTest::usesInternalApi)
        .map(Path::toString)
        .toList();
    }
    assertThat(offenders).as("main sources referring to org.sonar.java.*").isEmpty();
  }

  @Test
  void the_guard_detects_an_internal_import() {
    assertThat(INTERNAL_USE.matcher("import org.sonar.java.model.ExpressionUtils;").find()).isTrue();
    assertThat(INTERNAL_USE.matcher("import org.sonar.plugins.java.api.tree.Tree;").find()).isFalse();
  }

  private static boolean usesInternalApi(Path source) {
    try {
      return INTERNAL_USE.matcher(Files.readString(source)).find();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
