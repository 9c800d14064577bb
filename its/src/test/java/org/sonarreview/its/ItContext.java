package org.sonarreview.its;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One SonarQube server per test JVM (failsafe runs one JVM per pinned version), shared by every IT class, with the
 * analyses the tests read. Closed by JUnit once the whole run is over; the server's shutdown hook is the backstop.
 */
public final class ItContext implements ExtensionContext.Store.CloseableResource {

  public static final String SAMPLE_KEY = "review-its:sample";
  public static final String CLEAN_KEY = "review-its:clean";
  public static final String GATE = "Review ITs";
  /**
   * The profile the sample is analysed with: "Sonar way + Review" plus the rules that are off by default, so that every
   * rule of the repository shows its issues. {@link CombinedProfile#DEFAULT_NAME} itself is checked by PluginIT.
   */
  public static final String ALL_RULES_PROFILE = "Sonar way + Review (all rules)";
  /** The clean module of the sample, also analysed alone as project {@link #CLEAN_KEY}. */
  public static final String CLEAN_MODULE = "inventory-report";

  private static ItContext instance;
  private static RuntimeException startFailure;

  final String version;
  final SonarServer server;
  final SonarApi api;
  final String token;
  final PluginMetadata plugin;
  final RuleClasses ruleClasses;
  final Path workDir;
  private final long createdNanos = System.nanoTime();
  private final List<String> analysisTimings = new ArrayList<>();
  private Path sampleDir;
  private Path cleanDir;

  private ItContext() {
    version = System.getProperty("its.sonarqube.version", BuildInfo.get("sonarqube.latest.version"));
    plugin = PluginMetadata.read(BuildInfo.pluginJar());
    ruleClasses = RuleClasses.load();
    workDir = BuildInfo.buildDir().resolve("it-work/" + version);
    FileUtil.deleteRecursively(workDir);
    server = SonarServer.prepare(version, BuildInfo.buildDir().resolve("it-servers"), BuildInfo.pluginJar(), true, true);
    server.start();
    try {
      token = server.generateToken("its");
      api = SonarApi.withToken(server.url(), token);
      CombinedProfile.create(api, plugin, CombinedProfile.DEFAULT_NAME);
      CombinedProfile.create(api, plugin, ALL_RULES_PROFILE, plugin.rules().keySet());
      createGate();
    } catch (RuntimeException e) {
      server.stop();
      throw e;
    }
  }

  /** The context of this JVM, created on first use; a failed start fails every later test at once. */
  static synchronized ItContext get(ExtensionContext context) {
    if (startFailure != null) {
      throw startFailure;
    }
    if (instance == null) {
      try {
        instance = new ItContext();
      } catch (RuntimeException e) {
        startFailure = e;
        throw e;
      }
      context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(ItContext.class, instance);
    }
    return instance;
  }

  private void createGate() {
    api.post("/api/qualitygates/create", "name", GATE);
    // Recent versions give a new gate default conditions: start from none.
    for (JsonNode condition : api.get("/api/qualitygates/show", "name", GATE).path("conditions")) {
      api.post("/api/qualitygates/delete_condition", "id", condition.path("id").asText());
    }
    // Overall code: any issue fails the gate. New code: any new issue fails it.
    api.post("/api/qualitygates/create_condition", "gateName", GATE, "metric", "violations", "op", "GT", "error", "0");
    api.post("/api/qualitygates/create_condition", "gateName", GATE, "metric", "new_violations", "op", "GT", "error", "0");
  }

  private void createProject(String key, String name) {
    CombinedProfile.assign(api, key, name, ALL_RULES_PROFILE);
    api.post("/api/qualitygates/select", "projectKey", key, "gateName", GATE);
  }

  /** The sample (a copy of its/projects/sample), analysed once. */
  synchronized Path sample() {
    if (sampleDir == null) {
      Path dir = workDir.resolve("sample");
      FileUtil.copyProject(BuildInfo.itsBaseDir().resolve("projects/sample"), dir);
      createProject(SAMPLE_KEY, "Review ITs: sample");
      analyse(dir, SAMPLE_KEY, "sample");
      sampleDir = dir;
    }
    return sampleDir;
  }

  /** The clean module alone (a copy), analysed once. */
  synchronized Path clean() {
    if (cleanDir == null) {
      Path dir = workDir.resolve("clean");
      FileUtil.copyProject(BuildInfo.itsBaseDir().resolve("projects/sample").resolve(CLEAN_MODULE), dir);
      createProject(CLEAN_KEY, "Review ITs: clean module");
      analyse(dir, CLEAN_KEY, "clean");
      cleanDir = dir;
    }
    return cleanDir;
  }

  /** Analyses {@code dir} again as {@code key}. */
  synchronized Scanner.Analysis analyse(Path dir, String key, String label) {
    Path log = BuildInfo.buildDir().resolve("it-logs/" + version + "/analysis-" + label + "-" + System.currentTimeMillis() + ".log");
    // The copies lie under target/, which git ignores: without this, SCM exclusions would drop every file.
    Scanner.Analysis analysis = Scanner.analyse(api, token, dir, key, Map.of("sonar.scm.disabled", "true"), log);
    analysisTimings.add(String.format("analysis %-28s scanner %6.1f s, compute engine %5.1f s, scanner peak %d MB",
      label, analysis.scannerMillis() / 1000.0, analysis.ceMillis() / 1000.0, analysis.peakMemoryMb()));
    return analysis;
  }

  /** Every unresolved issue of our repository on the project. */
  List<JsonNode> reviewIssues(String projectKey) {
    List<String> rules = plugin.rules().keySet().stream().map(key -> PluginMetadata.REPOSITORY + ":" + key).toList();
    return api.getAllPages("/api/issues/search", "issues", "components", projectKey, "rules", String.join(",", rules), "resolved", "false");
  }

  /** The path of an issue's or hotspot's file relative to the project, from its component key. */
  static String file(JsonNode issue) {
    String component = issue.path("component").asText();
    String project = issue.path("project").asText();
    return component.startsWith(project + ":") ? component.substring(project.length() + 1) : component;
  }

  @Override
  public void close() {
    List<String> lines = new ArrayList<>();
    lines.add("SonarQube " + version + " integration tests");
    try {
      server.stop();
    } finally {
      lines.addAll(Timings.lines());
      lines.addAll(analysisTimings);
      lines.add(String.format("%-45s %8.1f s", "total for this version", (System.nanoTime() - createdNanos) / 1e9));
      String report = String.join("\n", lines) + "\n";
      System.out.println(report);
      try {
        Path file = BuildInfo.buildDir().resolve("it-logs/timings-" + version + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
