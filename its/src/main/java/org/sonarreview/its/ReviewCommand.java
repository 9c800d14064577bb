package org.sonarreview.its;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The run command ({@code its/review}): starts a local SonarQube with the plugin (or uses an existing server), analyses
 * a Maven project with "Sonar way" plus our rules, prints a summary per category and keeps the server up until
 * interrupted.
 */
public final class ReviewCommand {

  private static final String USAGE = String.join("\n",
    "Usage: its/review [options] [MAVEN_PROJECT_DIR]   analyse a Maven project (default: the bundled sample)",
    "       its/review stop [--version V]              stop the server a previous run started",
    "Options:",
    "  --host-url URL --token TOKEN   analyse against an existing server instead of starting one",
    "                                 (the token needs 'Administer Quality Profiles' and 'Create Projects')",
    "  --project-key KEY              project key (default: groupId:artifactId of the pom)",
    "  --profile NAME                 name of the combined profile (default: \"" + CombinedProfile.DEFAULT_NAME + "\")",
    "  --version V                    SonarQube version to start (default: the newest the tests prove)",
    "  --no-wait                      stop the local server once the summary is printed");

  private ReviewCommand() {
  }

  public static void main(String[] args) {
    try {
      System.exit(run(args));
    } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
      System.err.println("review: " + e.getMessage());
      System.exit(1);
    }
  }

  static int run(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-h") || arg.equals("--help")) {
        System.out.println(USAGE);
        return 0;
      } else if (arg.equals("--no-wait")) {
        options.put(arg, "true");
      } else if (arg.startsWith("--")) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        if (!List.of("--host-url", "--token", "--project-key", "--profile", "--version").contains(name)) {
          throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
        }
        if (arg.contains("=")) {
          options.put(name, arg.substring(arg.indexOf('=') + 1));
        } else if (i + 1 < args.length) {
          options.put(name, args[++i]);
        } else {
          throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
        }
      } else {
        positional.add(arg);
      }
    }
    String version = options.getOrDefault("--version", BuildInfo.get("sonarqube.latest.version"));
    Path serversDir = BuildInfo.buildDir().resolve("run");
    if (!positional.isEmpty() && positional.get(0).equals("stop")) {
      return stop(serversDir, version);
    }
    if (positional.size() > 1) {
      throw new IllegalArgumentException("one project directory at most\n" + USAGE);
    }
    if (options.containsKey("--host-url") != options.containsKey("--token")) {
      throw new IllegalArgumentException("--host-url and --token go together\n" + USAGE);
    }

    boolean sample = positional.isEmpty();
    Path project = sample ? bundledSample() : Path.of(positional.get(0)).toAbsolutePath().normalize();
    // The sample's copy lies under target/, which git ignores: its files would be excluded as SCM-ignored.
    Map<String, String> properties = sample ? Map.of("sonar.scm.disabled", "true") : Map.of();
    if (!Files.isRegularFile(project.resolve("pom.xml"))) {
      throw new IllegalArgumentException(project + " is not a Maven project (no pom.xml)");
    }
    String[] keyAndName = projectKeyAndName(project);
    String projectKey = options.getOrDefault("--project-key", keyAndName[0]);
    String profile = options.getOrDefault("--profile", CombinedProfile.DEFAULT_NAME);
    PluginMetadata plugin = PluginMetadata.read(BuildInfo.pluginJar());

    if (options.containsKey("--host-url")) {
      SonarApi api = SonarApi.withToken(options.get("--host-url"), options.get("--token"));
      analyseAndReport(api, options.get("--token"), plugin, project, projectKey, keyAndName[1], profile, properties);
      return 0;
    }

    Optional<SonarServer.RunningServer> running = SonarServer.RunningServer.read(SonarServer.homeOf(serversDir, version));
    if (running.isPresent()) {
      Log.info("Using the server already running at " + running.get().url() + " (pid " + running.get().pid() + ")");
      SonarApi admin = SonarApi.withLogin(running.get().url(), "admin", "admin");
      String token = admin.post("/api/user_tokens/generate", "name", "review-run-" + System.currentTimeMillis()).path("token").asText();
      analyseAndReport(SonarApi.withToken(running.get().url(), token), token, plugin, project, projectKey, keyAndName[1], profile, properties);
      System.out.println("The server keeps running; stop it with: its/review stop");
      return 0;
    }

    SonarServer server = SonarServer.prepare(version, serversDir, BuildInfo.pluginJar(), false, false);
    server.start();
    String token = server.generateToken("review-run");
    analyseAndReport(SonarApi.withToken(server.url(), token), token, plugin, project, projectKey, keyAndName[1], profile, properties);
    if (options.containsKey("--no-wait")) {
      server.stop();
      return 0;
    }
    System.out.println();
    System.out.println("SonarQube " + version + " is up at " + server.url() + " (log in as admin / admin).");
    System.out.println("Press Ctrl-C to stop it, or run: its/review stop");
    try {
      int exit = server.waitForExit();
      Log.info("SonarQube exited with code " + exit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.stop();
    return 0;
  }

  private static int stop(Path serversDir, String version) {
    Optional<SonarServer.RunningServer> running = SonarServer.RunningServer.read(SonarServer.homeOf(serversDir, version));
    if (running.isEmpty()) {
      System.out.println("No SonarQube " + version + " started by its/review is running.");
      return 0;
    }
    Log.info("Stopping SonarQube at " + running.get().url() + " (pid " + running.get().pid() + ")");
    running.get().stop();
    System.out.println("Stopped.");
    return 0;
  }

  private static Path bundledSample() {
    // Analysed from a copy, so that the sources under its/projects stay free of build output.
    Path source = BuildInfo.itsBaseDir().resolve("projects/sample");
    Path copy = BuildInfo.buildDir().resolve("run/projects/sample");
    FileUtil.copyProject(source, copy);
    return copy;
  }

  private static void analyseAndReport(SonarApi api, String token, PluginMetadata plugin, Path project, String projectKey,
    String projectName, String profile, Map<String, String> properties) {
    Log.info("Creating the profile '" + profile + "': a copy of Sonar way, minus "
      + plugin.overlappedBy(plugin.defaultRuleKeys())
      + ", plus our " + plugin.defaultRuleKeys().size() + " default rules");
    CombinedProfile.create(api, plugin, profile);
    CombinedProfile.assign(api, projectKey, projectName, profile);
    Path log = BuildInfo.buildDir().resolve("run/logs/analysis-" + System.currentTimeMillis() + ".log");
    Scanner.analyse(api, token, project, projectKey, properties, log);
    printSummary(api, plugin, projectKey);
  }

  /** Findings of our rules per category tag, the other rules' total, and the dashboard URL. */
  static void printSummary(SonarApi api, PluginMetadata plugin, String projectKey) {
    Map<String, Map<String, Integer>> byCategory = new TreeMap<>();
    List<String> issueRules = plugin.rules().keySet().stream().filter(key -> !plugin.isHotspot(key))
      .map(key -> PluginMetadata.REPOSITORY + ":" + key).toList();
    for (JsonNode issue : api.getAllPages("/api/issues/search", "issues", "components", projectKey, "rules", String.join(",", issueRules),
      "resolved", "false")) {
      count(byCategory, plugin, issue.path("rule").asText());
    }
    for (JsonNode hotspot : api.getAllPages("/api/hotspots/search", "hotspots", "project", projectKey)) {
      if (hotspot.path("ruleKey").asText().startsWith(PluginMetadata.REPOSITORY + ":")) {
        count(byCategory, plugin, hotspot.path("ruleKey").asText());
      }
    }
    int all = api.get("/api/issues/search", "components", projectKey, "resolved", "false", "ps", "1").path("total").asInt();
    int ours = byCategory.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();

    System.out.println();
    System.out.println("Review of " + projectKey + ": " + ours + " findings from our rules");
    if (byCategory.isEmpty()) {
      System.out.println("  (none)");
    }
    byCategory.forEach((category, rules) -> {
      System.out.printf("  %-20s %5d%n", category, rules.values().stream().mapToInt(Integer::intValue).sum());
      rules.forEach((rule, count) -> System.out.printf("      %-34s %5d%n", rule, count));
    });
    System.out.printf("  %-20s %5d%n", "other (Sonar way)", Math.max(0, all - ours));
    System.out.println("Dashboard: " + api.baseUrl() + "/dashboard?id=" + java.net.URLEncoder.encode(projectKey, java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void count(Map<String, Map<String, Integer>> byCategory, PluginMetadata plugin, String rule) {
    String key = rule.substring(rule.indexOf(':') + 1);
    byCategory.computeIfAbsent(plugin.category(key), c -> new TreeMap<>()).merge(key, 1, Integer::sum);
  }

  /** groupId:artifactId and the name of the project's pom (groupId from the parent when absent). */
  static String[] projectKeyAndName(Path project) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document pom = factory.newDocumentBuilder().parse(project.resolve("pom.xml").toFile());
      Element root = pom.getDocumentElement();
      String artifactId = child(root, "artifactId");
      String groupId = child(root, "groupId");
      if (groupId == null) {
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
          if (node instanceof Element element && element.getTagName().equals("parent")) {
            groupId = child(element, "groupId");
          }
        }
      }
      String name = child(root, "name");
      String key = (groupId == null ? "" : groupId + ":") + artifactId;
      return new String[] {key, name == null ? key : name};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read " + project.resolve("pom.xml") + ": " + e.getMessage(), e);
    }
  }

  private static String child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element.getTextContent().strip();
      }
    }
    return null;
  }
}
