package org.sonarreview;

import org.junit.jupiter.api.Test;
import org.sonar.api.Plugin;
import org.sonar.api.SonarEdition;
import org.sonar.api.SonarQubeSide;
import org.sonar.api.internal.PluginContextImpl;
import org.sonar.api.internal.SonarRuntimeImpl;
import org.sonar.api.utils.Version;
import org.sonarreview.project.ConventionsSensor;
import org.sonarreview.project.MethodIndex;
import org.sonarreview.project.ProjectConventions;
import org.sonarreview.project.ProjectQueries;
import org.sonarreview.project.mappings.ProjectMappings;
import org.sonarreview.rules.persistence.PersistenceSensor;
import org.sonarreview.rules.unused.UnreferencedMethodSensor;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewPluginTest {

  @Test
  void registers_rules_profile_and_checks() {
    Plugin.Context context = new PluginContextImpl.Builder()
      .setSonarRuntime(SonarRuntimeImpl.forSonarQube(Version.create(10, 8), SonarQubeSide.SERVER, SonarEdition.COMMUNITY))
      .build();
    new ReviewPlugin().define(context);
    assertThat(context.getExtensions())
      .containsExactlyInAnyOrder(ReviewRulesDefinition.class, ReviewProfile.class, ReviewCheckRegistrar.class,
        MethodIndex.class, UnreferencedMethodSensor.class, ProjectConventions.class, ConventionsSensor.class,
        ProjectMappings.class, ProjectQueries.class, PersistenceSensor.class);
  }
}
