package org.sonarreview;

import org.junit.jupiter.api.Test;
import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewProfileTest {

  @Test
  void review_way_holds_the_default_rules_of_the_review_repository() {
    BuiltInQualityProfilesDefinition.Context context = new BuiltInQualityProfilesDefinition.Context();
    new ReviewProfile().define(context);
    BuiltInQualityProfilesDefinition.BuiltInQualityProfile profile = context.profile("java", "Review way");
    assertThat(profile.rules()).extracting(BuiltInQualityProfilesDefinition.BuiltInActiveRule::repoKey).containsOnly("review");
    assertThat(profile.rules()).extracting(BuiltInQualityProfilesDefinition.BuiltInActiveRule::ruleKey)
      .containsExactlyInAnyOrderElementsOf(RuleMetadata.profileKeys())
      .contains("UnusedImport");
    assertThat(profile.isDefault()).isFalse();
  }
}
