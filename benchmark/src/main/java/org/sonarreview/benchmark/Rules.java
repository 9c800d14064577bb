package org.sonarreview.benchmark;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sonar.api.rule.RuleKey;
import org.sonar.check.Rule;
import org.sonar.java.GeneratedCheckList;
import org.sonar.plugins.java.api.CheckRegistrar;
import org.sonarreview.ReviewCheckRegistrar;
import org.sonarreview.ReviewRulesDefinition;
import org.sonarreview.RuleList;
import org.sonarreview.project.MethodIndex;
import org.sonarreview.project.ProjectConventions;
import org.sonarreview.project.ProjectQueries;
import org.sonarreview.project.mappings.ProjectMappings;

/** Rule keys and check classes of the three profiles, read from the plugins themselves. */
final class Rules {

  private static final String SONAR_WAY = "org/sonar/l10n/java/rules/java/Sonar_way_profile.json";
  private static final String REVIEW_WAY = "org/sonarreview/rules/Review_way_profile.json";

  private Rules() {
  }

  /**
   * With the project models, as on a scanner: UnreferencedMethod then indexes, the convention and persistence rules record, and
   * the project sensors report.
   */
  static CheckRegistrar ourRegistrar(MethodIndex index, ProjectConventions conventions, ProjectMappings mappings,
    ProjectQueries queries) {
    return new ReviewCheckRegistrar(index, conventions, mappings, queries);
  }

  /** Our rule keys in RuleList order, main checks first. */
  static List<String> ourRuleKeys() {
    List<String> keys = new ArrayList<>();
    for (Class<?> check : RuleList.allChecks()) {
      keys.add(ruleKey(check));
    }
    return keys;
  }

  static Set<String> ourDefaultOnKeys() {
    return new LinkedHashSet<>(profileKeys(REVIEW_WAY));
  }

  /** The rules a profile activates; for OURS, those of {@code rules} (all of ours unless `--rules` restricts them). */
  static Set<RuleKey> activeKeys(Profile profile, RuleConfig rules) {
    Set<RuleKey> keys = new LinkedHashSet<>();
    switch (profile) {
      case BASELINE -> {
        // none
      }
      case OURS -> rules.selectedRuleKeys().forEach(k -> keys.add(RuleKey.of(ReviewRulesDefinition.REPOSITORY_KEY, k)));
      case SONAR_WAY -> profileKeys(SONAR_WAY).forEach(k -> keys.add(RuleKey.of(GeneratedCheckList.REPOSITORY_KEY, k)));
    }
    return keys;
  }

  /** Check class simple name (as PerformanceMeasure names it) to rule key, for the checks of a profile. */
  static Map<String, String> checkNames(Profile profile) {
    Map<String, String> names = new LinkedHashMap<>();
    if (profile == Profile.OURS) {
      RuleList.allChecks().forEach(c -> names.put(c.getSimpleName(), ruleKey(c)));
    } else if (profile == Profile.SONAR_WAY) {
      Set<String> sonarWay = new LinkedHashSet<>(profileKeys(SONAR_WAY));
      GeneratedCheckList.getChecks().stream()
        .filter(c -> sonarWay.contains(ruleKey(c)))
        .forEach(c -> names.put(c.getSimpleName(), ruleKey(c)));
    }
    return names;
  }

  static String ruleKey(Class<?> check) {
    Rule rule = check.getAnnotation(Rule.class);
    if (rule == null) {
      throw new IllegalStateException(check + " has no @Rule");
    }
    return rule.key();
  }

  private static List<String> profileKeys(String resource) {
    try (InputStream in = Rules.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource + " on the classpath");
      }
      JsonObject json = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
      List<String> keys = new ArrayList<>();
      json.getAsJsonArray("ruleKeys").forEach(e -> keys.add(e.getAsString()));
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
