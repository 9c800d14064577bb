package org.sonarreview;

import org.sonar.api.Plugin;
import org.sonarreview.project.MethodIndex;
import org.sonarreview.rules.unused.UnreferencedMethodSensor;

/** Entry point: the rule repository, the built-in profile and the checks handed to SonarJava. */
public class ReviewPlugin implements Plugin {

  @Override
  public void define(Context context) {
    context.addExtensions(
      ReviewRulesDefinition.class,
      ReviewProfile.class,
      ReviewCheckRegistrar.class,
      // UnreferencedMethod: the project-level index the checks fill, and the sensor that reports from it.
      MethodIndex.class,
      UnreferencedMethodSensor.class);
  }
}
