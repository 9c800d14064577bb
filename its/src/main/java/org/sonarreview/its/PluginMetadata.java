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

  /** Our rule key to the SonarJava rules it overlaps, e.g. UnusedImport to java:S1128. */
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
    JsonNode fallback;
    try (InputStream in = PluginMetadata.class.getResourceAsStream("overlaps.json")) {
      fallback = SonarApi.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rules.forEach((key, rule) -> {
      JsonNode list = rule.has("overlaps") ? rule.path("overlaps") : fallback.path(key);
      List<String> keys = new ArrayList<>();
      list.forEach(node -> keys.add(node.asText()));
      if (!keys.isEmpty()) {
        result.put(key, keys);
      }
    });
    return result;
  }
}
