package org.sonarreview;

import org.sonar.plugins.java.api.CheckRegistrar;
import org.sonarsource.api.sonarlint.SonarLintSide;

/** Hands our checks to SonarJava, main and test code separately: each rule runs only in its scope. */
@SonarLintSide
public class ReviewCheckRegistrar implements CheckRegistrar {

  @Override
  public void register(RegistrarContext context) {
    context.registerMainChecks(ReviewRulesDefinition.REPOSITORY_KEY, RuleList.mainChecks());
    context.registerTestChecks(ReviewRulesDefinition.REPOSITORY_KEY, RuleList.testChecks());
  }
}
