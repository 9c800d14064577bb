package org.sonarreview.benchmark;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The per-check nanoseconds that SonarJava writes with sonar.java.performance.measure=true. */
final class PerfTree {

  private final JsonElement root;
  private Map<String, Long> byName;

  private PerfTree(JsonElement root) {
    this.root = root;
  }

  static PerfTree read(Path file) throws IOException {
    return new PerfTree(JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)));
  }

  static PerfTree empty() {
    return new PerfTree(new JsonObject());
  }

  /** Total nanoseconds by measurement name, summed over every place in the tree where it occurs. */
  Map<String, Long> nanosByName() {
    if (byName == null) {
      Map<String, Long> result = new HashMap<>();
      collect(root, result);
      byName = result;
    }
    return byName;
  }

  private static void collect(JsonElement node, Map<String, Long> result) {
    if (node == null || !node.isJsonObject()) {
      return;
    }
    JsonObject obj = node.getAsJsonObject();
    if (obj.has("name") && obj.has("durationNanos")) {
      result.merge(obj.get("name").getAsString(), obj.get("durationNanos").getAsLong(), Long::sum);
    }
    if (obj.has("children") && obj.get("children").isJsonArray()) {
      obj.getAsJsonArray("children").forEach(child -> collect(child, result));
    }
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
