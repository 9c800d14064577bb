package org.sonarreview.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonarreview.testing.TestFiles.testJars;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonarreview.project.ProjectQueries;
import org.sonarreview.project.mappings.ProjectMappings;
import org.sonarreview.rules.persistence.PersistenceCheck;
import org.sonarreview.rules.persistence.PersistenceSensor;

/**
 * Runs a persistence rule as a scanner does: the check records mappings and queries over every Java file, the
 * mapping files are read, then PersistenceSensor's decision runs on the whole project. Expected issues are
 * {@code // Decided {{message}}} markers (see {@link ConventionVerifier#expected}).
 */
public final class PersistenceVerifier {

  private PersistenceVerifier() {
  }

  /** The issues decided on these files: Java sources, and XML mapping files (paths under src/test/files/rules). */
  public static List<ConventionVerifier.Issue> analyse(BiFunction<ProjectMappings, ProjectQueries, PersistenceCheck> newCheck,
    String... files) {
    ProjectMappings mappings = new ProjectMappings();
    ProjectQueries queries = new ProjectQueries();
    PersistenceCheck check = newCheck.apply(mappings, queries);
    List<String> java = Arrays.stream(files).filter(file -> file.endsWith(".java")).map(TestFiles::path).toList();
    CheckVerifier.newVerifier().onFiles(java).withCheck(check).withClassPath(testJars()).withJavaVersion(21).verifyNoIssues();
    Arrays.stream(files).filter(file -> file.endsWith(".xml")).forEach(file -> readXml(mappings, Path.of(TestFiles.path(file))));
    List<ConventionVerifier.Issue> issues = new ArrayList<>();
    for (PersistenceSensor.Decision decision : PersistenceSensor.decide(check, mappings, queries)) {
      issues.add(new ConventionVerifier.Issue(Path.of(URI.create(decision.uri())).getFileName().toString(),
        decision.query().span().startLine(), decision.verdict().message()));
    }
    return issues;
  }

  /** Asserts that the decision reports exactly what the Java files' markers expect. */
  public static void verify(BiFunction<ProjectMappings, ProjectQueries, PersistenceCheck> newCheck, String... files) {
    String[] java = Arrays.stream(files).filter(file -> file.endsWith(".java")).toArray(String[]::new);
    assertThat(analyse(newCheck, files)).containsExactlyInAnyOrderElementsOf(ConventionVerifier.expected(java));
  }

  private static void readXml(ProjectMappings mappings, Path file) {
    try {
      String uri = file.toUri().toString();
      PersistenceSensor.addMappingFile(mappings, uri, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
