package org.sonarreview;

import org.sonar.api.Plugin;

/** Entry point: the rule repository, the built-in profile and the checks handed to SonarJava. */
public class ReviewPlugin implements Plugin {

  @Override
  public void define(Context context) {
    context.addExtensions(
      ReviewRulesDefinition.class,
      ReviewProfile.class,
      ReviewCheckRegistrar.class);
  }
}
