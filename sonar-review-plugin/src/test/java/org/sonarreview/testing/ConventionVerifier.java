package org.sonarreview.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sonarreview.testing.TestFiles.path;
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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonarreview.project.ConventionCheck;
import org.sonarreview.project.Deviation;
import org.sonarreview.project.ProjectConventions;

/**
 * Runs a convention rule as a scanner does: the check records into a project model over every file, then the
 * findings are decided on the whole project, as ConventionsSensor decides them. Expected issues are written in
 * the test sources as {@code // Deviation {{message}}} at the end of their line (CheckVerifier's
 * {@code Noncompliant} marker would claim that the check itself reports them).
 */
public final class ConventionVerifier {

  /** {@code // Deviation} for a convention rule, {@code // Decided} for another rule decided on a project model. */
  private static final Pattern DEVIATION = Pattern.compile("// (?:Deviation|Decided) \\{\\{(.*)}}\\s*$");

  /** One issue: the file's name, the line and the message. */
  public record Issue(String file, int line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  private ConventionVerifier() {
  }

  /** The issues the project-level decision reports on these files (paths under src/test/files/rules). */
  public static <C extends ConventionCheck> List<Issue> analyse(Function<ProjectConventions, C> newCheck, String... files) {
    ProjectConventions conventions = new ProjectConventions();
    C check = newCheck.apply(conventions);
    CheckVerifier.newVerifier()
      .onFiles(Arrays.stream(files).map(TestFiles::path).toList())
      .withCheck(check)
      .withClassPath(testJars())
      .withJavaVersion(21)
      .verifyNoIssues();
    List<Issue> issues = new ArrayList<>();
    for (Deviation deviation : conventions.deviations(check.ruleKey(), check.thresholds())) {
      issues.add(new Issue(Path.of(URI.create(deviation.uri())).getFileName().toString(), deviation.span().startLine(), deviation.message()));
    }
    return issues;
  }

  /** The issues the {@code // Deviation} or {@code // Decided} markers of these files expect. */
  public static List<Issue> expected(String... files) {
    List<Issue> issues = new ArrayList<>();
    for (String file : files) {
      Path source = Path.of(path(file));
      List<String> lines;
      try {
        lines = Files.readAllLines(source, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      for (int i = 0; i < lines.size(); i++) {
        Matcher marker = DEVIATION.matcher(lines.get(i));
        if (marker.find()) {
          issues.add(new Issue(source.getFileName().toString(), i + 1, marker.group(1)));
        }
      }
    }
    return issues;
  }

  /** Asserts that the project-level decision reports exactly what the files' markers expect. */
  public static <C extends ConventionCheck> void verify(Function<ProjectConventions, C> newCheck, String... files) {
    assertThat(analyse(newCheck, files)).containsExactlyInAnyOrderElementsOf(expected(files));
  }
}
