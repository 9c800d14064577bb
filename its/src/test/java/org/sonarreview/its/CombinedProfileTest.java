package org.sonarreview.its;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The combined profile's deactivations come from the rule JSONs ({@code overlaps}, {@code overlapsInSonarWay}) of the
 * plugin jar; checked against a stand-in for the web API, without a SonarQube server.
 */
class CombinedProfileTest {

  @TempDir
  Path temp;

  @Test
  void deactivates_the_sonar_way_overlaps_of_the_rules_it_activates() throws IOException {
    PluginMetadata plugin = PluginMetadata.read(jar(Map.of(
      "Always.json", "{\"overlaps\": [\"java:S1\", \"java:S2\"], \"overlapsInSonarWay\": \"always\"}",
      "AlsoS1.json", "{\"overlaps\": [\"java:S1\"], \"overlapsInSonarWay\": \"always\"}",
      "Partly.json", "{\"overlaps\": [\"java:S3\"], \"overlapsInSonarWay\": \"partly\", \"overlapsNote\": \"not on every version\"}",
      "Never.json", "{\"overlaps\": [\"java:S4\"], \"overlapsInSonarWay\": \"never\"}",
      "Alone.json", "{}",
      "Inactive.json", "{\"overlaps\": [\"java:S5\"], \"overlapsInSonarWay\": \"always\"}",
      "Review_way_profile.json", "{\"name\": \"Review way\", \"ruleKeys\": [\"Always\", \"AlsoS1\", \"Partly\", \"Never\", \"Alone\"]}")));
    assertThat(plugin.overlaps()).containsOnlyKeys("AlsoS1", "Always", "Inactive");

    List<String> posts = Collections.synchronizedList(new ArrayList<>());
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/qualityprofiles/search", exchange ->
      answer(exchange, "{\"profiles\": [{\"name\": \"Sonar way\", \"isBuiltIn\": true, \"key\": \"sonar-way\"}]}"));
    server.createContext("/api/qualityprofiles/copy", exchange -> answer(exchange, "{\"key\": \"combined\"}"));
    server.createContext("/api/qualityprofiles/", exchange -> {
      posts.add(exchange.getRequestURI().getPath().substring("/api/qualityprofiles/".length()) + " "
        + URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), StandardCharsets.UTF_8));
      answer(exchange, "");
    });
    server.start();
    try {
      SonarApi api = SonarApi.anonymous("http://127.0.0.1:" + server.getAddress().getPort());
      assertThat(CombinedProfile.create(api, plugin, "Combined")).isEqualTo("combined");
    } finally {
      server.stop(0);
    }
    assertThat(posts).containsExactly(
      "deactivate_rule key=combined&rule=java:S1",
      "deactivate_rule key=combined&rule=java:S2",
      "activate_rule key=combined&rule=review:Always",
      "activate_rule key=combined&rule=review:AlsoS1",
      "activate_rule key=combined&rule=review:Partly",
      "activate_rule key=combined&rule=review:Never",
      "activate_rule key=combined&rule=review:Alone");
  }

  @Test
  void an_unknown_sonar_way_status_stops_the_harness() throws IOException {
    Path jar = jar(Map.of(
      "Typo.json", "{\"overlaps\": [\"java:S1\"], \"overlapsInSonarWay\": \"allways\"}",
      "Review_way_profile.json", "{\"name\": \"Review way\", \"ruleKeys\": []}"));
    assertThatThrownBy(() -> PluginMetadata.read(jar)).isInstanceOf(IllegalStateException.class)
      .hasMessageContaining("Typo.json: overlapsInSonarWay is 'allways'");
  }

  @Test
  void the_shipped_rule_descriptions_give_overlaps_to_deactivate() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> paths = Files.list(BuildInfo.itsBaseDir().resolveSibling("rule-descriptions").resolve("rules"))) {
      for (Path path : paths.toList()) {
        files.put(path.getFileName().toString(), Files.readString(path));
      }
    }
    PluginMetadata plugin = PluginMetadata.read(jar(files));
    assertThat(plugin.rules()).hasSizeGreaterThan(1);
    assertThat(plugin.overlappedBy(plugin.defaultRuleKeys())).isNotEmpty().allMatch(key -> key.matches("java:S\\d+"));
  }

  /** A jar holding {@code files} in the plugin's rules folder, as the plugin jar does. */
  private Path jar(Map<String, String> files) throws IOException {
    Path jar = Files.createTempFile(temp, "plugin", ".jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        out.putNextEntry(new JarEntry(PluginMetadata.RULES_FOLDER + file.getKey()));
        out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static void answer(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(body.length == 0 ? 204 : 200, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
