package org.sonarreview;

import org.sonar.api.Plugin;
import org.sonarreview.project.ConventionsSensor;
import org.sonarreview.project.MethodIndex;
import org.sonarreview.project.ProjectConventions;
import org.sonarreview.project.ProjectQueries;
import org.sonarreview.project.mappings.ProjectMappings;
import org.sonarreview.rules.persistence.PersistenceSensor;
import org.sonarreview.rules.unused.UnreferencedMethodSensor;

/** Entry point: the rule repository, the built-in profile and the checks handed to SonarJava. */
public class ReviewPlugin implements Plugin {

  @Override
  public void define(Context context) {
    context.addExtensions(
      ReviewRulesDefinition.class,
      ReviewProfile.class,
      ReviewCheckRegistrar.class,
      // Project-level models the checks fill, and the project sensors that decide on them after every module.
      MethodIndex.class,
      UnreferencedMethodSensor.class,
      ProjectConventions.class,
      ConventionsSensor.class,
      ProjectMappings.class,
      ProjectQueries.class,
      PersistenceSensor.class);
  }
}
