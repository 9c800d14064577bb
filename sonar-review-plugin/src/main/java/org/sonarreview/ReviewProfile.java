package org.sonarreview;

import org.sonar.api.server.profile.BuiltInQualityProfilesDefinition;
import org.sonarsource.analyzer.commons.BuiltInQualityProfileJsonLoader;

/** The built-in "Review way" profile: exactly the rules listed in the profile JSON. */
public class ReviewProfile implements BuiltInQualityProfilesDefinition {

  public static final String PROFILE_NAME = "Review way";

  @Override
  public void define(Context context) {
    NewBuiltInQualityProfile profile = context.createBuiltInQualityProfile(PROFILE_NAME, ReviewRulesDefinition.LANGUAGE);
    BuiltInQualityProfileJsonLoader.load(profile, ReviewRulesDefinition.REPOSITORY_KEY, ReviewRulesDefinition.PROFILE_PATH);
    profile.done();
  }
}
