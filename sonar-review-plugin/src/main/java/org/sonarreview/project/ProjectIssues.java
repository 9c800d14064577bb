package org.sonarreview.project;

import java.net.URI;
import java.util.List;
import javax.annotation.CheckForNull;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.sensor.SensorContext;
import org.sonar.api.batch.sensor.issue.NewIssue;
import org.sonar.api.batch.sensor.issue.NewIssueLocation;
import org.sonar.api.rule.RuleKey;

/** Reports, from a project sensor, an issue decided on a project model, at a position recorded during the analysis. */
public final class ProjectIssues {

  private ProjectIssues() {
  }

  /** The analysed file with this URI, or null when it is no longer part of the analysis. */
  @CheckForNull
  private static InputFile file(SensorContext context, String uri) {
    FileSystem fileSystem = context.fileSystem();
    return fileSystem.inputFile(fileSystem.predicates().hasURI(URI.create(uri)));
  }

  /** False when the file or the position no longer exists: the issue is then dropped, never the analysis. */
  public static boolean report(SensorContext context, RuleKey rule, String uri, TextSpan span, String message) {
    return report(context, rule, uri, span, message, List.of());
  }

  /** As {@link #report(SensorContext, RuleKey, String, TextSpan, String)}; secondaries whose file is gone are left out. */
  public static boolean report(SensorContext context, RuleKey rule, String uri, TextSpan span, String message,
    List<SecondaryLocation> secondaries) {
    InputFile file = file(context, uri);
    if (file == null) {
      return false;
    }
    NewIssue issue = context.newIssue().forRule(rule);
    try {
      issue.at(location(issue, file, span).message(message));
    } catch (IllegalArgumentException e) {
      return false;
    }
    for (SecondaryLocation secondary : secondaries) {
      InputFile secondaryFile = file(context, secondary.uri());
      if (secondaryFile != null) {
        try {
          issue.addLocation(location(issue, secondaryFile, secondary.span()).message(secondary.message()));
        } catch (IllegalArgumentException e) {
          // the position is gone: the issue stands without it
        }
      }
    }
    issue.save();
    return true;
  }

  private static NewIssueLocation location(NewIssue issue, InputFile file, TextSpan span) {
    return issue.newLocation().on(file).at(file.newRange(span.startLine(), span.startOffset(), span.endLine(), span.endOffset()));
  }
}
