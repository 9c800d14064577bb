package org.sonarreview.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonarreview.testing.TestFiles.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonarreview.rules.docs.MissingJavadocCheck;
import org.sonarreview.testing.MapCache;

/** A file SonarJava skips as unchanged still counts towards the project's habit, through the analysis cache. */
class ConventionCheckCacheTest {

  private static final String PREFIX = "review:MissingJavadoc:conventions:";

  @Test
  void unchanged_files_bring_their_habit_back_from_the_cache(@TempDir Path dir) throws IOException {
    Path neighbours = copy(path("MissingJavadoc/convention/DocumentedNeighbours.java"), dir.resolve("DocumentedNeighbours.java"));
    Path fixture = copy(path("MissingJavadoc/xjc/Adapter2.java"), dir.resolve("Adapter2.java"));

    MapCache first = new MapCache(PREFIX, Map.of());
    ProjectConventions firstModel = new ProjectConventions();
    MissingJavadocCheck firstCheck = new MissingJavadocCheck(firstModel);
    CheckVerifier.newVerifier().onFiles(neighbours.toString(), fixture.toString()).withCheck(firstCheck).withCache(first, first)
      .verifyNoIssues();
    assertThat(first.ours()).hasSize(2);
    List<Deviation> firstDeviations = firstModel.deviations(firstCheck.ruleKey(), firstCheck.thresholds());
    assertThat(firstDeviations).isNotEmpty();

    // Second analysis: the neighbours are unchanged and come from the cache; the fixture changed and is parsed.
    Files.writeString(fixture, Files.readString(fixture) + "// changed\n");
    MapCache second = new MapCache(PREFIX, first.written());
    ProjectConventions secondModel = new ProjectConventions();
    MissingJavadocCheck secondCheck = new MissingJavadocCheck(secondModel);
    CheckVerifier.newVerifier()
      .addFiles(InputFile.Status.SAME, neighbours.toString())
      .addFiles(InputFile.Status.CHANGED, fixture.toString())
      .withCheck(secondCheck)
      .withCache(second, second)
      .verifyNoIssues();
    assertThat(second.copiedOurs()).singleElement().asString().endsWith("DocumentedNeighbours.java");
    assertThat(second.ours().keySet()).singleElement().asString().endsWith("Adapter2.java");
    assertThat(secondModel.deviations(secondCheck.ruleKey(), secondCheck.thresholds())).isEqualTo(firstDeviations);
  }

  @Test
  void without_a_project_model_the_check_never_asks_for_a_parse() {
    assertThat(new MissingJavadocCheck().scanWithoutParsing(null)).isTrue();
  }

  private static Path copy(String source, Path target) throws IOException {
    return Files.copy(Path.of(source), target, StandardCopyOption.REPLACE_EXISTING);
  }
}
