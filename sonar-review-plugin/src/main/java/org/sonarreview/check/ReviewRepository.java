package org.sonarreview.check;

import org.sonar.api.rule.RuleKey;
import org.sonar.check.Rule;

/** The repository every check belongs to, and the rule key a check class declares. */
public final class ReviewRepository {

  public static final String KEY = "review";
  public static final String LANGUAGE = "java";

  private ReviewRepository() {
  }

  /** The key of the rule a check class implements, from its {@link Rule} annotation. */
  public static RuleKey ruleKey(Class<?> checkClass) {
    Rule rule = checkClass.getAnnotation(Rule.class);
    if (rule == null) {
      throw new IllegalArgumentException(checkClass.getName() + " is not annotated with @Rule");
    }
    return RuleKey.of(KEY, rule.key());
  }
}
