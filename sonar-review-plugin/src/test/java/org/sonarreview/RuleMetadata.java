package org.sonarreview;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.sonar.check.Rule;

/** A rule's packaged JSON and HTML, as RuleMetadataLoader will read them. */
record RuleMetadata(String key, Class<?> checkClass, JsonObject json, String html) {

  static List<RuleMetadata> all() {
    List<RuleMetadata> all = new ArrayList<>();
    for (Class<?> check : RuleList.allChecks()) {
      String key = check.getAnnotation(Rule.class).key();
      all.add(new RuleMetadata(key, check, JsonParser.parseString(resource(key + ".json")).getAsJsonObject(), resource(key + ".html")));
    }
    return all;
  }

  static Set<String> profileKeys() {
    JsonObject profile = JsonParser.parseString(resource("Review_way_profile.json")).getAsJsonObject();
    return StreamSupport.stream(profile.getAsJsonArray("ruleKeys").spliterator(), false)
      .map(element -> element.getAsString())
      .collect(Collectors.toSet());
  }

  String title() {
    return json.get("title").getAsString();
  }

  List<String> tags() {
    return strings("tags");
  }

  /** The tag that names the rule's category: {@code review-unused}, {@code review-naming}, ... */
  String categoryTag() {
    return tags().stream().filter(tag -> tag.startsWith("review-")).findFirst().orElse("");
  }

  /** The SonarJava rule keys of the JSON's {@code overlaps}, in their order; empty when the field is absent. */
  List<String> overlaps() {
    return json.has("overlaps") ? strings("overlaps") : List.of();
  }

  /** The JSON's {@code overlapsInSonarWay} ({@code always}, {@code partly} or {@code never}), or empty. */
  Optional<String> overlapsInSonarWay() {
    return optionalString("overlapsInSonarWay");
  }

  /** The JSON's {@code overlapsNote}, a remark printed with the overlaps in the README, or empty. */
  Optional<String> overlapsNote() {
    return optionalString("overlapsNote");
  }

  private Optional<String> optionalString(String field) {
    return json.has(field) ? Optional.of(json.get(field).getAsString()) : Optional.empty();
  }

  private List<String> strings(String field) {
    return StreamSupport.stream(json.getAsJsonArray(field).spliterator(), false).map(element -> element.getAsString()).toList();
  }

  static String resource(String name) {
    String path = ReviewRulesDefinition.RESOURCE_FOLDER + "/" + name;
    try (InputStream stream = RuleMetadata.class.getClassLoader().getResourceAsStream(path)) {
      if (stream == null) {
        throw new IllegalStateException("Missing rule resource " + path);
      }
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
