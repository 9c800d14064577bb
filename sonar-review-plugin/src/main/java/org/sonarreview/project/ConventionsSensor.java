package org.sonarreview.project;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sonar.api.batch.rule.ActiveRule;
import org.sonar.api.batch.sensor.SensorContext;
import org.sonar.api.batch.sensor.SensorDescriptor;
import org.sonar.api.rule.RuleKey;
import org.sonar.api.scanner.sensor.ProjectSensor;
import org.sonarreview.check.ReviewRepository;
import org.sonarreview.check.RuleParameters;

/**
 * Decides, once every module's Java analysis has filled {@link ProjectConventions}, which recorded findings
 * deviate from the project's own conventions, and reports them. A project sensor runs after all module sensors.
 */
public class ConventionsSensor implements ProjectSensor {

  private static final Logger LOG = LoggerFactory.getLogger(ConventionsSensor.class);

  private final ProjectConventions conventions;

  public ConventionsSensor(ProjectConventions conventions) {
    this.conventions = conventions;
  }

  @Override
  public void describe(SensorDescriptor descriptor) {
    descriptor.name("Review: findings judged against the project's conventions").onlyOnLanguage(ReviewRepository.LANGUAGE)
      .createIssuesForRuleRepository(ReviewRepository.KEY);
  }

  @Override
  public void execute(SensorContext context) {
    for (String ruleKey : conventions.ruleKeys()) {
      RuleKey key = RuleKey.of(ReviewRepository.KEY, ruleKey);
      ActiveRule rule = context.activeRules().find(key);
      if (rule != null) {
        report(context, key, thresholds(rule));
      }
    }
  }

  private void report(SensorContext context, RuleKey rule, ConventionThresholds thresholds) {
    List<Deviation> deviations = conventions.deviations(rule.rule(), thresholds);
    int reported = 0;
    for (Deviation deviation : deviations) {
      if (ProjectIssues.report(context, rule, deviation.uri(), deviation.span(), deviation.message())) {
        reported++;
      }
    }
    LOG.info("{}: {} issues deviate from the project's conventions", rule.rule(), reported);
  }

  private static ConventionThresholds thresholds(ActiveRule rule) {
    return ConventionThresholds.of(new RuleParameters(rule.ruleKey().rule()), rule.param(ConventionThresholds.SHARE_PARAMETER),
      rule.param(ConventionThresholds.COUNT_PARAMETER));
  }
}
