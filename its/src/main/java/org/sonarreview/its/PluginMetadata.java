package org.sonarreview.its;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The rules as the plugin jar ships them: {@code org/sonarreview/rules/<Key>.json} and {@code .html}, and the built-in
 * profile {@code Review_way_profile.json}. Read from the jar, never duplicated here.
 */
public final class PluginMetadata {

  public static final String RULES_FOLDER = "org/sonarreview/rules/";
  public static final String PROFILE_FILE = RULES_FOLDER + "Review_way_profile.json";
  public static final String REPOSITORY = "review";
  /** The values of a rule JSON's {@code overlapsInSonarWay}. */
  private static final Set<String> IN_SONAR_WAY = Set.of("always", "partly", "never");

  private final Map<String, JsonNode> rules;
  private final Map<String, String> htmls;
  private final JsonNode profile;
  private final Manifest manifest;
  private final Map<String, List<String>> overlaps;

  private PluginMetadata(Map<String, JsonNode> rules, Map<String, String> htmls, JsonNode profile, Manifest manifest) {
    this.rules = rules;
    this.htmls = htmls;
    this.profile = profile;
    this.manifest = manifest;
    this.overlaps = readOverlaps(rules);
  }

  public static PluginMetadata read(Path jar) {
    Map<String, JsonNode> rules = new TreeMap<>();
    Map<String, String> htmls = new TreeMap<>();
    JsonNode profile = null;
    try (JarFile jarFile = new JarFile(jar.toFile())) {
      for (Iterator<JarEntry> it = jarFile.entries().asIterator(); it.hasNext(); ) {
        JarEntry entry = it.next();
        String name = entry.getName();
        if (!name.startsWith(RULES_FOLDER) || name.substring(RULES_FOLDER.length()).contains("/")) {
          continue;
        }
        String file = name.substring(RULES_FOLDER.length());
        try (InputStream in = jarFile.getInputStream(entry)) {
          if (name.equals(PROFILE_FILE)) {
            profile = SonarApi.JSON.readTree(in);
          } else if (file.endsWith("_profile.json")) {
            // another profile: none yet
          } else if (file.endsWith(".json")) {
            rules.put(file.substring(0, file.length() - ".json".length()), SonarApi.JSON.readTree(in));
          } else if (file.endsWith(".html")) {
            htmls.put(file.substring(0, file.length() - ".html".length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
      if (profile == null) {
        throw new IllegalStateException(jar + " has no " + PROFILE_FILE);
      }
      return new PluginMetadata(rules, htmls, profile, jarFile.getManifest());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the plugin jar " + jar, e);
    }
  }

  /** Rule key to its JSON metadata, sorted by key. */
  public Map<String, JsonNode> rules() {
    return rules;
  }

  public Optional<String> html(String ruleKey) {
    return Optional.ofNullable(htmls.get(ruleKey));
  }

  public String profileName() {
    return profile.path("name").asText();
  }

  /** The rule keys of the built-in profile ("Review way"): our default rules. */
  public List<String> defaultRuleKeys() {
    List<String> keys = new ArrayList<>();
    profile.path("ruleKeys").forEach(key -> keys.add(key.asText()));
    return keys;
  }

  public Manifest manifest() {
    return manifest;
  }

  /** The category tag of a rule ({@code review-*}). */
  public String category(String ruleKey) {
    JsonNode rule = rules.get(ruleKey);
    if (rule != null) {
      for (JsonNode tag : rule.path("tags")) {
        if (tag.asText().startsWith("review-")) {
          return tag.asText();
        }
      }
    }
    return "review-other";
  }

  public boolean isHotspot(String ruleKey) {
    return "SECURITY_HOTSPOT".equals(rules.get(ruleKey).path("type").asText());
  }

  /**
   * Our rule key to the SonarJava rules it overlaps that are in Sonar way on every supported SonarQube, e.g.
   * UnusedImport to java:S1128: from the rule JSON's {@code overlaps} when its {@code overlapsInSonarWay} is
   * {@code always}. Overlapped rules that are in Sonar way on some supported versions only ({@code partly}, e.g.
   * java:S3740) or on none ({@code never}) are left out, so that every rule here is one the combined profile can
   * deactivate on each server the harness runs.
   */
  public Map<String, List<String>> overlaps() {
    return overlaps;
  }

  /**
   * The SonarJava rules that the given rules of ours overlap: a combined profile deactivates only these, so that a
   * Sonar way rule is never dropped for one of ours that is not active.
   */
  public List<String> overlappedBy(Collection<String> ourRules) {
    return overlaps.entrySet().stream()
      .filter(entry -> ourRules.contains(entry.getKey()))
      .flatMap(entry -> entry.getValue().stream())
      .distinct()
      .toList();
  }

  private static Map<String, List<String>> readOverlaps(Map<String, JsonNode> rules) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    rules.forEach((key, rule) -> {
      if (!rule.has("overlaps")) {
        return;
      }
      String inSonarWay = rule.path("overlapsInSonarWay").asText();
      if (!IN_SONAR_WAY.contains(inSonarWay)) {
        throw new IllegalStateException(key + ".json: overlapsInSonarWay is '" + inSonarWay + "', not one of " + IN_SONAR_WAY);
      }
      List<String> keys = new ArrayList<>();
      rule.path("overlaps").forEach(node -> keys.add(node.asText()));
      if (inSonarWay.equals("always") && !keys.isEmpty()) {
        result.put(key, keys);
      }
    });
    return result;
  }
}
