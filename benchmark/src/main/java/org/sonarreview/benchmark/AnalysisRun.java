package org.sonarreview.benchmark;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.Nullable;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.DefaultFileSystem;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;
import org.sonar.api.batch.rule.ActiveRules;
import org.sonar.api.batch.rule.CheckFactory;
import org.sonar.api.batch.rule.internal.ActiveRulesBuilder;
import org.sonar.api.batch.rule.internal.NewActiveRule;
import org.sonar.api.batch.sensor.internal.SensorContextTester;
import org.sonar.api.batch.sensor.issue.Issue;
import org.sonar.api.config.internal.MapSettings;
import org.sonar.api.issue.NoSonarFilter;
import org.sonar.api.measures.FileLinesContext;
import org.sonar.api.measures.FileLinesContextFactory;
import org.openjdk.jol.info.GraphLayout;
import org.sonar.api.rule.RuleKey;
import org.sonar.java.DefaultJavaResourceLocator;
import org.sonar.java.SonarComponents;
import org.sonar.java.classpath.ClasspathForMain;
import org.sonar.java.classpath.ClasspathForTest;
import org.sonar.java.filters.PostAnalysisIssueFilter;
import org.sonar.java.telemetry.NoOpTelemetry;
import org.sonar.plugins.java.JavaSensor;
import org.sonar.plugins.java.api.CheckRegistrar;
import org.sonarreview.project.ConventionsSensor;
import org.sonarreview.project.MethodIndex;
import org.sonarreview.project.ProjectConventions;
import org.sonarreview.project.ProjectQueries;
import org.sonarreview.project.RecordedQuery;
import org.sonarreview.sql.JpqlStatements;
import org.sonarreview.sql.SqlStatements;
import org.sonarreview.project.mappings.ProjectMappings;
import org.sonarreview.rules.persistence.PersistenceSensor;
import org.sonarreview.rules.unused.UnreferencedMethodSensor;

/**
 * In-process runs of SonarJava's JavaSensor over a list of files, each as a scanner would run it: the same
 * SonarComponents, classpath handling, batch mode, issue filters and our plugin's CheckRegistrar. Only the
 * active rules differ between the baseline, our rules and Sonar way. One instance holds what every run of an
 * invocation shares: the JDK of the analysed code, our rules' selection and parameters, and the log capture.
 */
final class AnalysisRun {

  /** One issue, detached from the sensor context so the context can be dropped. */
  record IssueRecord(String rule, String file, int line, String message) {
  }

  /**
   * UnreferencedMethod's project-wide index after the run: entries (declarations plus referenced signatures),
   * retained bytes, and the project sensor's time. Null when the rule was not active.
   */
  record IndexStats(long entries, long retainedBytes, long sensorNanos) {
  }

  /**
   * The project conventions model after the run: the candidate findings it held, its retained bytes, and the time
   * of the project sensor that decides on it. Null when no convention rule recorded anything.
   */
  record ConventionStats(long findings, long retainedBytes, long sensorNanos) {
  }

  /**
   * The persistence model after the run: mapped classes, the queries QueryLanguageMismatch recorded and how many of
   * them its parsers read (those it could check against the mappings), the retained bytes of the mappings and
   * recorded queries, and the time of the project sensor that reads the mapping files and decides. Null when no
   * persistence rule recorded anything.
   */
  record PersistenceStats(long mappedClasses, long queries, long parsedQueries, long retainedBytes, long sensorNanos) {
  }

  /** What one run measured. */
  record Result(String name, Profile profile, int files, long lines, long wallNanos, long processCpuNanos,
    long peakHeapBytes, long peakHeapAfterGcBytes, List<IssueRecord> issues, int analysisErrors,
    LogCapture.Counts logs, PerfTree perf, int activeChecks, Map<String, Integer> issueCountsByRule,
    @Nullable IndexStats index, @Nullable ConventionStats conventions, @Nullable PersistenceStats persistence) {

    /** Nanoseconds spent in each check of the profile, by rule key (from SonarJava's performance file). */
    Map<String, Long> ruleNanos() {
      Map<String, Long> byName = perf.nanosByName();
      Map<String, Long> result = new LinkedHashMap<>();
      Rules.checkNames(profile).forEach((name, key) -> result.put(key, byName.getOrDefault(name, 0L)));
      return result;
    }

    long allRulesNanos() {
      return ruleNanos().values().stream().mapToLong(Long::longValue).sum();
    }

    /** JavaSensor's own measured duration. */
    long sensorNanos() {
      return perf.nanosByName().getOrDefault("JavaSensor", wallNanos);
    }
  }

  private static final NoSonarFilter NO_SONAR = new NoSonarFilter() {
    @Override
    public NoSonarFilter noSonarInFile(InputFile inputFile, Set<Integer> noSonarLines) {
      return this;
    }
  };

  private static final FileLinesContext NO_FILE_LINES = new FileLinesContext() {
    @Override
    public void setIntValue(String metricKey, int line, int value) {
      // measures per line are not needed
    }

    @Override
    public void setStringValue(String metricKey, int line, String value) {
      // measures per line are not needed
    }

    @Override
    public void save() {
      // nothing kept
    }
  };

  /** Highlighting and symbol tables: a scanner streams them to disk; SensorContextTester would keep them all in memory. */
  private static final org.sonar.api.batch.sensor.internal.SensorStorage DISCARD =
    (org.sonar.api.batch.sensor.internal.SensorStorage) java.lang.reflect.Proxy.newProxyInstance(
      AnalysisRun.class.getClassLoader(), new Class<?>[] {org.sonar.api.batch.sensor.internal.SensorStorage.class},
      (proxy, method, args) -> null);

  /** The JDK whose classes the analysed code sees (sonar.java.jdkHome); null for the JDK running the analysis. */
  @Nullable
  private final String jdkHome;
  private final RuleConfig rules;
  private final LogCapture logs;

  AnalysisRun(@Nullable String jdkHome, RuleConfig rules, LogCapture logs) {
    this.jdkHome = jdkHome;
    this.rules = rules;
    this.logs = logs;
  }

  /**
   * The sensor context the sensor sees: SensorContextTester, except that highlighting and symbol tables are built and
   * validated as usual and then discarded, so that the heap measured is the analysis's, not the test storage's.
   */
  private static org.sonar.api.batch.sensor.SensorContext discardingHighlighting(SensorContextTester tester) {
    return (org.sonar.api.batch.sensor.SensorContext) java.lang.reflect.Proxy.newProxyInstance(
      AnalysisRun.class.getClassLoader(), new Class<?>[] {org.sonar.api.batch.sensor.SensorContext.class},
      (proxy, method, args) -> {
        switch (method.getName()) {
          case "newHighlighting":
            return new org.sonar.api.batch.sensor.highlighting.internal.DefaultHighlighting(DISCARD);
          case "newSymbolTable":
            return new org.sonar.api.batch.sensor.symbol.internal.DefaultSymbolTable(DISCARD);
          default:
            try {
              return method.invoke(tester, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
        }
      });
  }

  /**
   * What one analysis covers, as one project of a scanner: its base directory, its Java files (main and test), the
   * other files it indexes (read by project-level rules through the file system, not analysed by JavaSensor), and
   * its classpath. Issue paths are relative to the base directory, after {@code issuePrefix}.
   *
   * @param singleBatch parse the main files as one ECJ batch, and the test files as another, so that the project's
   *   own types resolve from its sources: for a project whose compiled classes are not on the classpath (a scan
   *   resolves them from sonar.java.binaries; SonarJava's default batches of about 400 KB see only each other)
   */
  record Project(Path baseDir, String issuePrefix, List<CorpusFile> sources, List<CorpusFile> resources,
    List<File> libraries, boolean singleBatch) {
  }

  /** The library corpus's Java files (all main code) as one project. */
  Result run(String name, Profile profile, Path baseDir, List<CorpusFile> files, List<File> libraries, Path runDir)
    throws IOException {
    return run(name, profile, new Project(baseDir, "", files, List.of(), libraries, false), runDir);
  }

  Result run(String name, Profile profile, Project project, Path runDir) throws IOException {
    Path baseDir = project.baseDir();
    List<CorpusFile> files = project.sources();
    List<File> libraries = project.libraries();
    runDir = Files.createDirectories(runDir.toAbsolutePath());
    Path binaries = Files.createDirectories(runDir.resolve("empty-binaries"));
    Path perfFile = runDir.resolve("performance.json");
    Files.deleteIfExists(perfFile);

    MapSettings settings = new MapSettings();
    settings.setProperty("sonar.java.source", "21");
    settings.setProperty("sonar.java.binaries", binaries.toString());
    String jars = libraries.stream().map(File::getAbsolutePath).collect(Collectors.joining(","));
    settings.setProperty("sonar.java.libraries", jars);
    // Test files see the same jars (the test APIs among them), as with a build whose test classpath extends the main one.
    settings.setProperty("sonar.java.test.binaries", binaries.toString());
    settings.setProperty("sonar.java.test.libraries", jars);
    if (jdkHome != null) {
      settings.setProperty("sonar.java.jdkHome", jdkHome);
    }
    if (project.singleBatch()) {
      // A negative size is SonarJava's "all files in a single batch".
      settings.setProperty("sonar.java.experimental.batchModeSizeInKB", "-1");
    }
    settings.setProperty("sonar.java.performance.measure", "true");
    settings.setProperty("sonar.java.performance.measure.path", perfFile.toString());

    SensorContextTester context = SensorContextTester.create(baseDir);
    context.setSettings(settings);
    DefaultFileSystem fs = context.fileSystem();
    fs.setWorkDir(Files.createDirectories(runDir.resolve("work")));
    long lines = 0;
    for (CorpusFile f : files) {
      String content = new String(Files.readAllBytes(f.path()), StandardCharsets.UTF_8);
      fs.add(TestInputFileBuilder.create("bench", baseDir.toFile(), f.path().toFile())
        .setLanguage("java")
        .setType(f.test() ? InputFile.Type.TEST : InputFile.Type.MAIN)
        .setCharset(StandardCharsets.UTF_8)
        .initMetadata(content)
        .build());
      lines += f.lines();
    }
    for (CorpusFile f : project.resources()) {
      String content = new String(Files.readAllBytes(f.path()), StandardCharsets.UTF_8);
      TestInputFileBuilder resource = TestInputFileBuilder.create("bench", baseDir.toFile(), f.path().toFile())
        .setType(f.test() ? InputFile.Type.TEST : InputFile.Type.MAIN)
        .setCharset(StandardCharsets.UTF_8)
        .initMetadata(content);
      String language = Applications.languageOf(f.path().toString());
      if (language != null) {
        resource.setLanguage(language);
      }
      fs.add(resource.build());
    }

    ActiveRules activeRules = activeRules(profile);
    context.setActiveRules(activeRules);
    CheckFactory checkFactory = new CheckFactory(activeRules);
    ClasspathForMain classpath = new ClasspathForMain(context.config(), fs);
    ClasspathForTest testClasspath = new ClasspathForTest(context.config(), fs);
    FileLinesContextFactory fileLines = inputFile -> NO_FILE_LINES;
    MethodIndex methodIndex = new MethodIndex();
    ProjectConventions conventions = new ProjectConventions();
    ProjectMappings mappings = new ProjectMappings();
    ProjectQueries queries = new ProjectQueries();
    SonarComponents components = new SonarComponents(fileLines, fs, classpath, testClasspath, checkFactory,
      activeRules, new CheckRegistrar[] {Rules.ourRegistrar(methodIndex, conventions, mappings, queries)});
    components.setSensorContext(discardingHighlighting(context));
    JavaSensor sensor = new JavaSensor(components, fs, new DefaultJavaResourceLocator(classpath, testClasspath),
      context.config(), NO_SONAR, new PostAnalysisIssueFilter(), new NoOpTelemetry());
    int activeChecks = components.mainChecks().size();

    logs.beginRun(runDir.resolve("analysis.log"));
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long wall;
    long cpu;
    long peak;
    long peakAfterGc;
    long sensorNanos;
    long conventionNanos;
    long persistenceNanos;
    try (HeapMonitor heap = new HeapMonitor()) {
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      sensor.execute(discardingHighlighting(context));
      // A scanner runs project sensors after every module's JavaSensor; so does this run.
      long s0 = System.nanoTime();
      new UnreferencedMethodSensor(methodIndex).execute(context);
      sensorNanos = System.nanoTime() - s0;
      long c0 = System.nanoTime();
      new ConventionsSensor(conventions).execute(context);
      conventionNanos = System.nanoTime() - c0;
      long p0 = System.nanoTime();
      new PersistenceSensor(mappings, queries).execute(context);
      persistenceNanos = System.nanoTime() - p0;
      wall = System.nanoTime() - t0;
      cpu = os.getProcessCpuTime() - cpu0;
      peak = heap.peakUsedBytes();
      peakAfterGc = heap.peakAfterGcBytes();
    }
    LogCapture.Counts counts = logs.endRun();

    List<IssueRecord> issues = new ArrayList<>();
    Collection<Issue> all = context.allIssues();
    for (Issue issue : all) {
      var location = issue.primaryLocation();
      InputFile file = (InputFile) location.inputComponent();
      int line = location.textRange() == null ? 0 : location.textRange().start().line();
      issues.add(new IssueRecord(issue.ruleKey().toString(), project.issuePrefix() + file, line, location.message()));
    }
    Map<String, Integer> counts2 = new TreeMap<>();
    issues.forEach(i -> counts2.merge(i.rule(), 1, Integer::sum));
    PerfTree perf = Files.exists(perfFile) ? PerfTree.read(perfFile) : PerfTree.empty();
    IndexStats index = methodIndex.size() == 0 ? null
      : new IndexStats(methodIndex.size(), retainedBytes(methodIndex), sensorNanos);
    long findings = conventions.ruleKeys().stream().flatMap(rule -> conventions.files(rule).stream())
      .mapToLong(file -> file.findings().size()).sum();
    ConventionStats conventionStats = conventions.ruleKeys().isEmpty() ? null
      : new ConventionStats(findings, retainedBytes(conventions), conventionNanos);
    return new Result(name, profile, files.size(), lines, wall, cpu, peak, peakAfterGc, issues,
      context.allAnalysisErrors().size(), counts, perf, activeChecks, counts2, index, conventionStats,
      persistenceStats(mappings, queries, persistenceNanos));
  }

  @Nullable
  private static PersistenceStats persistenceStats(ProjectMappings mappings, ProjectQueries queries, long sensorNanos) {
    List<RecordedQuery> recorded = queries.files("QueryLanguageMismatch").stream().flatMap(file -> file.queries().stream()).toList();
    if (mappings.isEmpty() && recorded.isEmpty()) {
      return null;
    }
    long parsed = recorded.stream()
      .filter(query -> JpqlStatements.parse(query.text()).isPresent() || SqlStatements.parse(query.text()).isPresent())
      .count();
    return new PersistenceStats(mappings.mappedClasses().size(), recorded.size(), parsed,
      retainedBytes(mappings) + retainedBytes(queries), sensorNanos);
  }

  /** A project model's retained size, or -1 when JOL cannot walk it on this JVM (the run's other figures still count). */
  private static long retainedBytes(Object index) {
    // JOL reads record fields only through its "magic" offset mode (Unsafe refuses record classes).
    System.setProperty("jol.magicFieldOffset", "true");
    try {
      return GraphLayout.parseInstance(index).totalSize();
    } catch (RuntimeException e) {
      Benchmark.log("could not measure the project model %s: %s", index.getClass().getSimpleName(), e);
      return -1;
    }
  }

  private ActiveRules activeRules(Profile profile) {
    ActiveRulesBuilder builder = new ActiveRulesBuilder();
    for (RuleKey key : Rules.activeKeys(profile, rules)) {
      // Each check keeps its @RuleProperty defaults, as with a profile that changes none, unless `--param` sets one.
      NewActiveRule.Builder rule = new NewActiveRule.Builder().setRuleKey(key).setLanguage("java");
      rules.parameters(key).forEach(rule::setParam);
      builder.addRule(rule.build());
    }
    return builder.build();
  }
}
