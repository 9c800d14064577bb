package org.sonarreview.its;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;

/**
 * One Java profile with SonarJava's "Sonar way" and our rules, made through the web API exactly as the README tells
 * users to on their own server: copy Sonar way, deactivate the SonarJava rules ours overlap, activate our default rules.
 */
public final class CombinedProfile {

  public static final String DEFAULT_NAME = "Sonar way + Review";
  private static final String LANGUAGE = "java";

  private CombinedProfile() {
  }

  /**
   * Creates the profile {@code name} as a copy of Sonar way unless it exists, then makes sure that the overlapped
   * SonarJava rules are inactive and our default rules active in it. Returns its key. An existing profile is kept (and
   * so are the projects that use it and the changes made to it), so running this again is harmless.
   */
  public static String create(SonarApi api, PluginMetadata plugin, String name) {
    return create(api, plugin, name, plugin.defaultRuleKeys());
  }

  /** As {@link #create(SonarApi, PluginMetadata, String)}, activating the given rules of ours instead of the defaults. */
  public static String create(SonarApi api, PluginMetadata plugin, String name, Collection<String> ourRules) {
    String sonarWayKey = null;
    String key = null;
    for (JsonNode profile : api.get("/api/qualityprofiles/search", "language", LANGUAGE).path("profiles")) {
      if (profile.path("name").asText().equals(name)) {
        if (profile.path("isBuiltIn").asBoolean()) {
          throw new IllegalStateException("'" + name + "' is a built-in profile: choose another name with --profile");
        }
        key = profile.path("key").asText();
      } else if (profile.path("name").asText().equals("Sonar way") && profile.path("isBuiltIn").asBoolean()) {
        sonarWayKey = profile.path("key").asText();
      }
    }
    if (key == null) {
      if (sonarWayKey == null) {
        throw new IllegalStateException("The server has no built-in Java profile 'Sonar way': is SonarJava installed?");
      }
      key = api.post("/api/qualityprofiles/copy", "fromKey", sonarWayKey, "toName", name).path("key").asText();
    }
    String profileKey = key;
    plugin.overlappedBy(ourRules).forEach(rule ->
      api.post("/api/qualityprofiles/deactivate_rule", "key", profileKey, "rule", rule));
    for (String rule : ourRules) {
      api.post("/api/qualityprofiles/activate_rule", "key", profileKey, "rule", PluginMetadata.REPOSITORY + ":" + rule);
    }
    return profileKey;
  }

  /** Creates the project unless it exists, and makes it use the profile {@code name} for Java. */
  public static void assign(SonarApi api, String projectKey, String projectName, String name) {
    JsonNode found = api.get("/api/projects/search", "projects", projectKey);
    if (found.path("components").isEmpty()) {
      api.post("/api/projects/create", "project", projectKey, "name", projectName);
    }
    api.post("/api/qualityprofiles/add_project", "language", LANGUAGE, "project", projectKey, "qualityProfile", name);
  }
}
