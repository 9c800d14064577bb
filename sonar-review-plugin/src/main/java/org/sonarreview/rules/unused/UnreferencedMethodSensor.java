package org.sonarreview.rules.unused;

import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.batch.fs.FilePredicates;
import org.sonar.api.batch.fs.FileSystem;
import org.sonar.api.batch.rule.ActiveRule;
import org.sonar.api.batch.sensor.SensorContext;
import org.sonar.api.batch.sensor.SensorDescriptor;
import org.sonar.api.rule.RuleKey;
import org.sonar.api.scanner.sensor.ProjectSensor;
import org.sonarreview.check.ReviewRepository;
import org.sonarreview.project.MethodDeclaration;
import org.sonarreview.project.MethodIndex;
import org.sonarreview.project.ProjectIssues;
import org.sonarreview.project.TextSpan;

/**
 * Decides UnreferencedMethod once every module's Java analysis has filled the {@link MethodIndex}: a
 * project sensor runs after all module sensors. It reports through the Sensor API, and does nothing when
 * the rule is not active (SonarJava then never ran the check, and the index is empty).
 */
public class UnreferencedMethodSensor implements ProjectSensor {

  static final RuleKey RULE_KEY = ReviewRepository.ruleKey(UnreferencedMethodCheck.class);
  private static final Logger LOG = LoggerFactory.getLogger(UnreferencedMethodSensor.class);
  /** Callers written in these languages are invisible to the Java analysis. */
  private static final String[] OTHER_JVM_LANGUAGES = {"kotlin", "scala", "groovy", "clojure"};
  private static final String[] OTHER_JVM_SOURCES = {"**/*.kt", "**/*.kts", "**/*.scala", "**/*.groovy", "**/*.clj"};

  private final MethodIndex index;

  public UnreferencedMethodSensor(MethodIndex index) {
    this.index = index;
  }

  @Override
  public void describe(SensorDescriptor descriptor) {
    descriptor.name("Review: methods nothing references").onlyOnLanguage(ReviewRepository.LANGUAGE)
      .createIssuesForRuleRepository(ReviewRepository.KEY);
  }

  @Override
  public void execute(SensorContext context) {
    ActiveRule rule = context.activeRules().find(RULE_KEY);
    if (rule == null) {
      return;
    }
    FileSystem fileSystem = context.fileSystem();
    FilePredicates predicates = fileSystem.predicates();
    if (fileSystem.hasFiles(predicates.or(predicates.hasLanguages(OTHER_JVM_LANGUAGES), predicates.matchesPathPatterns(OTHER_JVM_SOURCES)))) {
      LOG.info("UnreferencedMethod stays silent: the project has sources in another JVM language, whose calls are not indexed");
      return;
    }
    long withoutSemantic = index.filesWithoutSemantic();
    if (withoutSemantic > 0) {
      LOG.info("UnreferencedMethod: {} files were analysed without semantic information; every name they call counts as referenced",
        withoutSemantic);
    }
    boolean ignorePublicApi = Boolean.parseBoolean(rule.param(UnreferencedMethodCheck.IGNORE_PUBLIC_API));
    Set<String> serviceTypes = ServiceFiles.typesNamedUnder(fileSystem.baseDir().toPath());
    Predicate<MethodDeclaration> entryPoint = declaration -> (ignorePublicApi && declaration.publicApi())
      || (serviceTypes.contains(declaration.ownerType()) && (declaration.constructor() || "provider".equals(declaration.name())));
    int reported = 0;
    for (MethodIndex.Unreferenced unreferenced : index.unreferenced(entryPoint)) {
      MethodDeclaration declaration = unreferenced.declaration();
      TextSpan span = new TextSpan(declaration.line(), declaration.startOffset(), declaration.line(), declaration.endOffset());
      if (ProjectIssues.report(context, RULE_KEY, unreferenced.uri(), span, message(declaration))) {
        reported++;
      }
    }
    LOG.info("UnreferencedMethod: {} index entries, {} issues", index.size(), reported);
  }

  private static String message(MethodDeclaration declaration) {
    return declaration.constructor()
      ? "Remove the constructor '" + declaration.displayName() + "': nothing in the project calls it."
      : "Remove the method '" + declaration.displayName() + "': nothing in the project calls or references it.";
  }
}
