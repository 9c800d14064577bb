package org.sonarreview;

import org.sonar.api.SonarRuntime;
import org.sonar.api.server.rule.RulesDefinition;
import org.sonarreview.check.ReviewRepository;
import org.sonarsource.analyzer.commons.RuleMetadataLoader;

/** The {@code review} repository; every rule's metadata comes from the JSON and HTML of rule-descriptions. */
public class ReviewRulesDefinition implements RulesDefinition {

  public static final String REPOSITORY_KEY = ReviewRepository.KEY;
  public static final String REPOSITORY_NAME = "Review";
  public static final String LANGUAGE = ReviewRepository.LANGUAGE;
  public static final String RESOURCE_FOLDER = "org/sonarreview/rules";
  public static final String PROFILE_PATH = RESOURCE_FOLDER + "/Review_way_profile.json";

  private final SonarRuntime runtime;

  public ReviewRulesDefinition(SonarRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public void define(Context context) {
    NewRepository repository = context.createRepository(REPOSITORY_KEY, LANGUAGE).setName(REPOSITORY_NAME);
    // addRulesByAnnotatedClass keeps the @RuleProperty parameters; the profile JSON decides default activation.
    new RuleMetadataLoader(RESOURCE_FOLDER, PROFILE_PATH, runtime).addRulesByAnnotatedClass(repository, RuleList.allChecks());
    repository.done();
  }
}
