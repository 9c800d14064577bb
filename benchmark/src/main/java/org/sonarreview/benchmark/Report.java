package org.sonarreview.benchmark;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sonarreview.ReviewRulesDefinition;

/** Renders BENCHMARKS.md from the measurements of one invocation. */
final class Report {

  private Report() {
  }

  static String render(Corpus corpus, List<CorpusFile> slice, List<Map<Profile, AnalysisRun.Result>> rounds,
    List<AnalysisRun.Result> scaling, AnalysisRun.Result whole, List<Applications.Analysed> applications,
    List<Precision.Tally> tallies, Options options, double minutes) {
    StringBuilder md = new StringBuilder();
    Set<String> defaultOn = Rules.ourDefaultOnKeys();
    List<String> ourKeys = Rules.ourRuleKeys();
    long wholeLines = whole.lines();
    long generatedLines = corpus.files.stream().filter(f -> f.component().equals(Corpus.GENERATED)).mapToLong(CorpusFile::lines).sum();
    long realLines = wholeLines - generatedLines;
    Map<String, Integer> realIssues = new TreeMap<>();
    Map<String, Integer> generatedIssues = new TreeMap<>();
    for (AnalysisRun.IssueRecord i : whole.issues()) {
      (i.file().startsWith(Corpus.GENERATED + "/") ? generatedIssues : realIssues).merge(i.rule(), 1, Integer::sum);
    }

    md.append("# Benchmarks\n\n")
      .append("How much our rules cost, how many issues they raise and how many of those are worth raising, and whether they ever ")
      .append("break an analysis, measured on real code by `benchmark/`. All figures below were written by ")
      .append("one invocation of the benchmark on ").append(LocalDate.now()).append(", in ")
      .append(String.format(Locale.ROOT, "%.1f minutes", minutes)).append(".\n\n");

    md.append("## Reproduce\n\n```\n").append(options.command()).append("\n```\n\n")
      .append("`benchmark/run` builds the plugin and the benchmark (`mvn -Pbenchmark -pl benchmark -am package`), fetches the ")
      .append("corpus with Maven (`mvn -f benchmark/corpus/pom.xml package`: Maven Central source and binary jars, ")
      .append("cached in `~/.m2` and `benchmark/target/corpus`), then runs `org.sonarreview.benchmark.Benchmark` in one JVM. ")
      .append("It writes `benchmark/target/benchmark/BENCHMARKS.md` and the precision sample in ")
      .append("`benchmark/target/benchmark/precision/`; `benchmark/run --publish` also copies the report here.")
      .append(applications.isEmpty() ? "" : " With `--apps DIR` it also fetches the applications' classpath "
        + "(`mvn -f benchmark/applications/pom.xml package`) and analyses the applications pinned in "
        + "`benchmark/applications/applications.tsv` from their git directories in DIR (`benchmark/applications/README.md`).")
      .append("\n\n");

    // Machine
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    md.append("## Machine\n\n")
      .append("| | |\n|---|---|\n")
      .append(row("cores", String.valueOf(Runtime.getRuntime().availableProcessors())))
      .append(row("memory", String.format(Locale.ROOT, "%.0f GB", os.getTotalMemorySize() / 1e9)))
      .append(row("JDK running the analysis", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")))
      .append(row("JDK of the analysed code (sonar.java.jdkHome)", options.jdkHome() == null ? "the same" : options.jdkHome()))
      .append(row("max heap (-Xmx)", (Runtime.getRuntime().maxMemory() >> 20) + " MB"))
      .append(row("OS", System.getProperty("os.name") + " " + System.getProperty("os.version")))
      .append(row("SonarJava", versionOf(org.sonar.plugins.java.JavaSensor.class)))
      .append(row("load average at the end", String.format(Locale.ROOT, "%.1f", os.getSystemLoadAverage())))
      .append("\nThe machine is shared (other jobs may run at the same time), so absolute times are noisy. ")
      .append("Only ratios measured inside one invocation are reported as results; absolute times are given for scale.\n\n");

    // Corpus
    md.append("## Corpus\n\n")
      .append("Maven Central `-sources` jars at pinned versions (`benchmark/corpus/pom.xml`). The analysis classpath is the ")
      .append("binary jars of the same artifacts with all their transitive dependencies (")
      .append(corpus.libraries.size()).append(" jars), plus the JDK given below; `sonar.java.source` is 21. ")
      .append("Lines are physical lines of `.java` files.\n\n")
      .append("| component | version | files | lines | in the timing slice |\n|---|---|---:|---:|---|\n");
    Map<String, long[]> perComponent = new LinkedHashMap<>();
    corpus.versions.keySet().forEach(c -> perComponent.put(c, new long[2]));
    for (CorpusFile f : corpus.files) {
      long[] a = perComponent.get(f.component());
      a[0]++;
      a[1] += f.lines();
    }
    perComponent.forEach((c, a) -> md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %s |%n", c,
      corpus.versions.get(c), a[0], a[1], Corpus.SLICE.contains(c) ? "yes" : (c.equals(Corpus.GENERATED) ? "Java21Syntax.java only" : ""))));
    md.append(String.format(Locale.ROOT, "| **total** | | **%,d** | **%,d** | slice: %,d files, %,d lines |%n%n",
      corpus.files.size(), Corpus.totalLines(corpus.files), slice.size(), Corpus.totalLines(slice)));
    md.append("The `generated` component is written by the benchmark itself: `SyntaxErrors.java`, `Truncated.java` ")
      .append("(the biggest Commons Lang file cut at 60%), `BinaryGarbage.java` (64 KB of random bytes), ")
      .append("`UnterminatedComment.java`, `Empty.java`, `OnlyPackage.java`, `CrLfWithBom.java`, `Generated20k.java` ")
      .append("(20,000 lines of generated-looking code) and `Java21Syntax.java` (sealed types, record patterns, pattern ")
      .append("`switch`, text blocks, sequenced collections, virtual threads). The first four must fail to parse; ")
      .append("nothing else may fail.\n\n");

    // Ratios
    md.append("## Cost: ratios on the slice\n\n")
      .append(String.format(Locale.ROOT, "Median of %d rounds. Each round runs the three profiles on the same %,d-line slice, ",
        rounds.size(), Corpus.totalLines(slice)))
      .append("in rotating order, after one unreported warm-up round. *Sensor time* is JavaSensor's duration; *rule time* is ")
      .append("the nanoseconds SonarJava's performance measure (`sonar.java.performance.measure=true`) attributes to each check.\n\n")
      .append("| ratio | median | per round |\n|---|---:|---|\n");
    ratio(md, rounds, "our sensor time / baseline sensor time",
      r -> (double) r.get(Profile.OURS).sensorNanos() / r.get(Profile.BASELINE).sensorNanos());
    ratio(md, rounds, "Sonar way sensor time / baseline sensor time",
      r -> (double) r.get(Profile.SONAR_WAY).sensorNanos() / r.get(Profile.BASELINE).sensorNanos());
    ratio(md, rounds, "our rule time / baseline sensor time",
      r -> (double) r.get(Profile.OURS).allRulesNanos() / r.get(Profile.BASELINE).sensorNanos());
    ratio(md, rounds, "our rule time / Sonar way rule time",
      r -> (double) r.get(Profile.OURS).allRulesNanos() / r.get(Profile.SONAR_WAY).allRulesNanos());
    ratio(md, rounds, "our process CPU / baseline process CPU",
      r -> (double) r.get(Profile.OURS).processCpuNanos() / r.get(Profile.BASELINE).processCpuNanos());
    ratio(md, rounds, "Sonar way process CPU / baseline process CPU",
      r -> (double) r.get(Profile.SONAR_WAY).processCpuNanos() / r.get(Profile.BASELINE).processCpuNanos());
    md.append("\nFor scale (medians, seconds): ");
    for (Profile p : Profile.values()) {
      md.append(String.format(Locale.ROOT, "%s sensor %.1f s, CPU %.1f s, peak heap %d MB (after GC %d MB); ", p.label,
        Benchmark.median(rounds, r -> r.get(p).sensorNanos() / 1e9), Benchmark.median(rounds, r -> r.get(p).processCpuNanos() / 1e9),
        (long) Benchmark.median(rounds, r -> r.get(p).peakHeapBytes() >> 20), (long) Benchmark.median(rounds, r -> r.get(p).peakHeapAfterGcBytes() >> 20)));
    }
    md.setLength(md.length() - 2);
    md.append(String.format(Locale.ROOT, ". Sonar way has %d active checks.%n%n",
      rounds.isEmpty() ? 0 : rounds.get(0).get(Profile.SONAR_WAY).activeChecks()));

    // Per rule
    md.append("## Per rule\n\n")
      .append("Slice time: median over the rounds. Whole-corpus figures: one run of all our rules over the whole corpus (")
      .append(String.format(Locale.ROOT, "%,d lines", wholeLines)).append("). Issues and density count the real code only (")
      .append(String.format(Locale.ROOT, "%,d lines", realLines)).append("); the issues on the generated files are in the last column.\n\n")
      .append("| rule | in Review way | slice time (ms) | share of our rule time | % of baseline sensor time | whole-corpus time (ms) | issues | issues / 1,000 lines | precision (Wilson 95% lower bound) | issues on generated files |\n")
      .append("|---|---|---:|---:|---:|---:|---:|---:|---|---:|\n");
    Map<String, Precision.Tally> byRule = tallies.stream().collect(Collectors.toMap(Precision.Tally::rule, t -> t));
    Map<String, Long> wholeNanos = whole.ruleNanos();
    for (String key : ourKeys) {
      double sliceMs = Benchmark.median(rounds, r -> r.get(Profile.OURS).ruleNanos().getOrDefault(key, 0L) / 1e6);
      double share = Benchmark.median(rounds, r -> (double) r.get(Profile.OURS).ruleNanos().getOrDefault(key, 0L) / r.get(Profile.OURS).allRulesNanos());
      double ofBaseline = Benchmark.median(rounds, r -> (double) r.get(Profile.OURS).ruleNanos().getOrDefault(key, 0L) / r.get(Profile.BASELINE).sensorNanos());
      int issues = realIssues.getOrDefault(ReviewRulesDefinition.REPOSITORY_KEY + ":" + key, 0);
      int generated = generatedIssues.getOrDefault(ReviewRulesDefinition.REPOSITORY_KEY + ":" + key, 0);
      Precision.Tally t = byRule.get(key);
      md.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.1f%% | %.2f%% | %.0f | %,d | %.3f | %s | %,d |%n", key,
        defaultOn.contains(key) ? "on" : "off", sliceMs, share * 100, ofBaseline * 100, wholeNanos.getOrDefault(key, 0L) / 1e6,
        issues, issues * 1000.0 / realLines, precisionCell(t), generated));
    }
    md.append("\nSlowest Sonar way checks on the slice (median ms), for comparison: ");
    if (!rounds.isEmpty()) {
      Map<String, Double> sw = new TreeMap<>();
      rounds.get(0).get(Profile.SONAR_WAY).ruleNanos().keySet().forEach(k ->
        sw.put(k, Benchmark.median(rounds, r -> r.get(Profile.SONAR_WAY).ruleNanos().getOrDefault(k, 0L) / 1e6)));
      md.append(sw.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(8)
        .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
      md.append(String.format(Locale.ROOT, "; median Sonar way check %.1f ms.%n%n",
        Benchmark.median(new ArrayList<>(sw.values()))));
    }

    // Scaling
    md.append("## Scaling with corpus size\n\n")
      .append("All our rules on a seeded random 1/4 and 1/2 of the corpus files (each a subset of the next) and on all of it. ")
      .append("Project-wide rules (which keep state until the end of the analysis) show up here as rule time or heap ")
      .append("that grows faster than the line count.\n\n")
      .append("| part | files | lines | sensor time (s) | process CPU (s) | peak heap (MB) | peak heap after GC (MB) | our rule time (ms) |");
    ourKeys.forEach(k -> md.append(' ').append(k).append(" (ms) |"));
    md.append("\n|---|---:|---:|---:|---:|---:|---:|---:|");
    ourKeys.forEach(k -> md.append("---:|"));
    md.append('\n');
    for (AnalysisRun.Result r : scaling) {
      md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.1f | %d | %d | %.0f |", r.name().replace("-ours", ""), r.files(), r.lines(),
        r.sensorNanos() / 1e9, r.processCpuNanos() / 1e9, r.peakHeapBytes() >> 20, r.peakHeapAfterGcBytes() >> 20, r.allRulesNanos() / 1e6));
      Map<String, Long> rn = r.ruleNanos();
      ourKeys.forEach(k -> md.append(String.format(Locale.ROOT, " %.0f |", rn.getOrDefault(k, 0L) / 1e6)));
      md.append('\n');
    }
    md.append('\n');
    md.append("UnreferencedMethod's project index (signatures and positions, no trees) per part, measured with JOL after the ")
      .append("run, and the time of the project sensor that decides from it:\n\n")
      .append("| part | lines | index entries | index retained (MB) | bytes per 100,000 lines | project sensor (s) |\n")
      .append("|---|---:|---:|---:|---:|---:|\n");
    for (AnalysisRun.Result r : scaling) {
      if (r.index() != null) {
        md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %,.0f | %.2f |%n", r.name().replace("-ours", ""), r.lines(),
          r.index().entries(), r.index().retainedBytes() / 1e6, r.index().retainedBytes() * 100_000.0 / r.lines(), r.index().sensorNanos() / 1e9));
      }
    }
    md.append('\n');

    if (!applications.isEmpty()) {
      md.append(applications(applications));
    }

    // Failures
    md.append("## Analysis failures and rule exceptions\n\n")
      .append("Counted from the sensor's log (SonarJava's messages `Unable to parse source file`, `Unable to run check`, ")
      .append("stack overflow, batch failure) and from the analysis errors the sensor reported. The goal is zero, except ")
      .append("the parse failures of the deliberately broken files.\n\n")
      .append("| run | parse failures: broken on purpose | parse failures: other files | rule exceptions | stack overflows | batch failures | analysis errors | log errors / warnings |\n")
      .append("|---|---:|---:|---:|---:|---:|---:|---|\n");
    List<AnalysisRun.Result> all = new ArrayList<>();
    rounds.forEach(r -> all.addAll(r.values()));
    all.addAll(scaling);
    applications.forEach(a -> all.add(a.result()));
    for (AnalysisRun.Result r : all) {
      long expected = r.logs().parseFailuresByFile.keySet().stream().filter(Report::expectedFailure).count();
      md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d / %d |%n", r.name(), expected,
        r.logs().parseFailures() - expected, r.logs().ruleExceptions(), r.logs().stackOverflows, r.logs().batchFailures,
        r.analysisErrors(), r.logs().errors, r.logs().warnings));
    }
    Map<String, Integer> exceptions = new TreeMap<>();
    Map<String, String> firstException = new TreeMap<>();
    Set<String> unexpectedParse = new java.util.TreeSet<>();
    for (AnalysisRun.Result r : all) {
      r.logs().ruleExceptionsByRule.forEach((k, v) -> exceptions.merge(k, v, Integer::sum));
      r.logs().firstRuleExceptionByRule.forEach(firstException::putIfAbsent);
      r.logs().parseFailuresByFile.keySet().stream().filter(f -> !expectedFailure(f)).forEach(unexpectedParse::add);
    }
    long brokenOnWhole = whole.logs().parseFailuresByFile.keySet().stream().filter(Report::expectedFailure).count();
    md.append(String.format(Locale.ROOT, "%nWhole corpus: %d of the %d broken-on-purpose files failed to parse, as they must; ",
      brokenOnWhole, Corpus.EXPECTED_PARSE_FAILURES.size()));
    md.append(unexpectedParse.isEmpty() ? "no other file failed to parse. " : "other files that failed to parse: " + String.join(", ", unexpectedParse) + ". ");
    if (exceptions.isEmpty()) {
      md.append("No rule threw an exception.\n\n");
    } else {
      md.append("Rule exceptions:\n\n");
      exceptions.forEach((k, v) -> md.append("- ").append(k).append(": ").append(v).append(" (first: ").append(firstException.get(k)).append(")\n"));
      md.append('\n');
    }

    // Precision
    md.append("## Precision\n\n")
      .append(String.format(Locale.ROOT, "For each rule, %d issues (or all, if fewer) drawn at random with seed %d from the ", Precision.SAMPLE_SIZE, Precision.SEED))
      .append("whole-corpus run (real code only, not the generated files), each shown with its code (`benchmark/target/benchmark/precision/<Key>.md`) and labelled blind, from the code ")
      .append("alone, in `benchmark/precision/<Key>.tsv`, with the value standard of RULES.md and shared/LABELLING.md: TP (correct and ")
      .append("worth raising in this codebase), NOISE (correct, but a careful reviewer of this codebase would not raise it), FP (wrong), ")
      .append("SETUP (wrong only because of how the analysis was run) or UNSURE. Precision is TP / (TP + NOISE + FP); the bound is the ")
      .append("lower end of the 95% Wilson interval; correctness is (TP + NOISE) / (TP + NOISE + FP). Labels of the earlier ")
      .append("right / wrong standard do not count. ")
      .append(applications.isEmpty() ? "" : String.format(Locale.ROOT, "The issues of the applications join those of the "
        + "library corpus; each sample draws %.0f%% of its issues from application code (the applications and %s) where there "
        + "are enough, the rest from the libraries, and a part with too few issues leaves its places to the other "
        + "(`--app-share`). ", options.appShare() * 100, String.join(", ", new java.util.TreeSet<>(Corpus.APPLICATIONS))))
      .append("A rule below 90% stays out of ")
      .append("the default profile (RULES.md).\n\n")
      .append(valueTable(tallies, applications, wholeLines + applications.stream().mapToLong(a -> a.result().lines()).sum()));
    md.append('\n');
    for (Precision.Tally t : tallies) {
      List<Precision.Sampled> bad = t.items().stream()
        .filter(s -> Precision.LABELS.contains(s.label()) && !"TP".equals(s.label())).toList();
      if (!bad.isEmpty()) {
        md.append("Issues of ").append(t.rule()).append(" labelled NOISE, FP, SETUP or UNSURE:\n\n");
        bad.forEach(s -> md.append(String.format(Locale.ROOT, "- %s, %s `%s:%d`: %s%n", s.id(), s.label(), s.issue().file(), s.issue().line(),
          s.note().isBlank() ? s.issue().message() : s.note())));
        md.append('\n');
      }
    }
    return md.toString();
  }

  /**
   * The application corpus: per application its size and commit, then issues per 1,000 lines (main and test code
   * together) per rule and in total, for the Review way profile and for all our rules.
   */
  static String applications(List<Applications.Analysed> applications) {
    StringBuilder md = new StringBuilder("## Applications\n\n");
    md.append("Real applications pinned by commit (`benchmark/applications/applications.tsv`), each analysed with all our rules ")
      .append("as one project: main and test Java files (test files as TEST files), plus its XML, properties, YAML, SQL, ")
      .append("JSP and other template files and META-INF/services as indexed non-Java files. Classpath: the library ")
      .append("corpus's jars plus `benchmark/applications/pom.xml` (Enterprise APIs in both namespaces, Spring, JPA ")
      .append("providers, web frameworks, Lombok, test APIs), not each application's own dependencies; in place of its compiled ")
      .append("classes, its main files are parsed as one batch (and its test files as another), so its own types resolve from ")
      .append("its sources, except main types in test code. Lines are physical ")
      .append("lines of `.java` files; densities count main and test code together.\n\n")
      .append("| application | repository | commit | main files | main lines | test files | test lines | other files | ")
      .append("time (s) | peak heap (MB) | Review way issues | Review way / 1,000 lines | all our issues | all / 1,000 lines | ")
      .append("parse failures | rule exceptions |\n")
      .append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    Set<String> reviewWay = Rules.ourDefaultOnKeys();
    long[] totals = new long[9];
    for (Applications.Analysed a : applications) {
      Applications.Application app = a.application();
      AnalysisRun.Result r = a.result();
      long onIssues = issues(r, reviewWay::contains);
      long allIssues = issues(r, k -> true);
      md.append(String.format(Locale.ROOT, "| %s | %s | `%s` | %,d | %,d | %,d | %,d | %,d | %.0f | %d | %,d | %.2f | %,d | %.2f | %d | %d |%n",
        app.definition().name(), app.definition().repository(), app.definition().commit().substring(0, 12),
        app.files(false), app.lines(false), app.files(true), app.lines(true), app.resources().size(), r.wallNanos() / 1e9,
        r.peakHeapBytes() >> 20, onIssues, onIssues * 1000.0 / r.lines(), allIssues, allIssues * 1000.0 / r.lines(),
        r.logs().parseFailures(), r.logs().ruleExceptions()));
      long[] row = {app.files(false), app.lines(false), app.files(true), app.lines(true), app.resources().size(),
        onIssues, allIssues, r.lines(), r.wallNanos()};
      for (int i = 0; i < totals.length; i++) {
        totals[i] += row[i];
      }
    }
    md.append(String.format(Locale.ROOT, "| **all** | | | %,d | %,d | %,d | %,d | %,d | %.0f | | %,d | %.2f | %,d | %.2f | | |%n%n",
      totals[0], totals[1], totals[2], totals[3], totals[4], totals[8] / 1e9, totals[5], totals[5] * 1000.0 / totals[7],
      totals[6], totals[6] * 1000.0 / totals[7]));

    md.append("Persistence stacks: ");
    md.append(applications.stream().map(a -> a.application().definition().name() + ": " + a.application().definition().persistence())
      .collect(Collectors.joining("; "))).append(".\n\n");

    md.append("The project conventions model per application (counts and candidate findings, no trees), measured with JOL ")
      .append("after the run, and the time of the project sensor that decides on it:\n\n")
      .append("| application | lines | candidate findings | model retained (MB) | bytes per 100,000 lines | decision (s) |\n")
      .append("|---|---:|---:|---:|---:|---:|\n");
    for (Applications.Analysed a : applications) {
      AnalysisRun.Result r = a.result();
      if (r.conventions() != null) {
        md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %,.0f | %.2f |%n", a.application().definition().name(), r.lines(),
          r.conventions().findings(), r.conventions().retainedBytes() / 1e6, r.conventions().retainedBytes() * 100_000.0 / r.lines(),
          r.conventions().sensorNanos() / 1e9));
      }
    }
    md.append('\n');

    md.append("The persistence model per application (mapped classes from annotations, orm.xml and hbm.xml; the query ")
      .append("texts QueryLanguageMismatch recorded and how many of them its SQL or JPQL parser read, so could check), ")
      .append("retained bytes of mappings and recorded queries measured with JOL after the run, and the time of the project ")
      .append("sensor that reads the mapping files and decides:\n\n")
      .append("| application | lines | mapped classes | queries | parsed | retained (MB) | bytes per 100,000 lines | decision (s) |\n")
      .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Applications.Analysed a : applications) {
      AnalysisRun.Result r = a.result();
      if (r.persistence() != null) {
        md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %.1f | %,.0f | %.2f |%n", a.application().definition().name(),
          r.lines(), r.persistence().mappedClasses(), r.persistence().queries(), r.persistence().parsedQueries(),
          r.persistence().retainedBytes() / 1e6, r.persistence().retainedBytes() * 100_000.0 / r.lines(), r.persistence().sensorNanos() / 1e9));
      }
    }
    md.append('\n');

    md.append("Issues per 1,000 lines, per rule and application:\n\n| rule | in Review way |");
    applications.forEach(a -> md.append(' ').append(a.application().definition().name()).append(" |"));
    md.append(" all applications |\n|---|---|");
    applications.forEach(a -> md.append("---:|"));
    md.append("---:|\n");
    for (String key : Rules.ourRuleKeys()) {
      md.append("| ").append(key).append(" | ").append(reviewWay.contains(key) ? "on" : "off").append(" |");
      densities(md, applications, key::equals);
    }
    md.append("| **Review way** | |");
    densities(md, applications, reviewWay::contains);
    md.append("| **all our rules** | |");
    densities(md, applications, k -> true);
    md.append('\n');
    return md.toString();
  }

  /** One row's cells: issues per 1,000 lines of the rules {@code keys} accepts, per application and for all of them. */
  private static void densities(StringBuilder md, List<Applications.Analysed> applications, java.util.function.Predicate<String> keys) {
    long issues = 0;
    long lines = 0;
    for (Applications.Analysed a : applications) {
      long n = issues(a.result(), keys);
      md.append(String.format(Locale.ROOT, " %.3f |", n * 1000.0 / a.result().lines()));
      issues += n;
      lines += a.result().lines();
    }
    md.append(String.format(Locale.ROOT, " %.3f |%n", issues * 1000.0 / lines));
  }

  /** Issues of a run of the rules (by our rule key) that {@code keys} accepts. */
  /**
   * The value of each rule's issues under the TP / NOISE / FP standard, with how many of the labelled issues are on
   * application code, and Review way's precision weighted by each rule's issue count on the applications.
   */
  static String valueTable(List<Precision.Tally> tallies, List<Applications.Analysed> applications, long lines) {
    Set<String> reviewWay = Rules.ourDefaultOnKeys();
    StringBuilder table = new StringBuilder("| rule | in Review way | issues | per 1,000 lines | issues on applications | sampled | ")
      .append("TP | NOISE | FP | SETUP | UNSURE | labelled on applications | precision | Wilson 95% lower bound | correctness |\n")
      .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    double weighted = 0;
    long weights = 0;
    for (Precision.Tally t : tallies) {
      long onApplications = applications.stream().mapToLong(a -> issues(a.result(), t.rule()::equals)).sum();
      long labelledOnApplications = t.items().stream()
        .filter(s -> Precision.LABELS.contains(s.label()) && Corpus.isApplicationFile(s.issue().file())).count();
      table.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.3f | %,d | %d | %d | %d | %d | %d | %d | %d | %s | %s | %s |%n", t.rule(),
        reviewWay.contains(t.rule()) ? "on" : "off", t.issues(), t.issues() * 1000.0 / lines, onApplications, t.sampled(), t.tp(),
        t.noise(), t.fp(), t.setup(), t.unsure(), labelledOnApplications, pct(t.precision()), pct(t.wilsonLower()), pct(t.correctness())));
      if (reviewWay.contains(t.rule()) && t.decided() > 0) {
        weighted += t.precision() * onApplications;
        weights += onApplications;
      }
    }
    if (weights > 0) {
      table.append(String.format(Locale.ROOT, "%nReview way's precision weighted by each labelled rule's issue count on the "
        + "applications: %s (%,d issues).%n", pct(weighted / weights), weights));
    }
    return table.toString();
  }

  private static long issues(AnalysisRun.Result r, java.util.function.Predicate<String> keys) {
    String prefix = ReviewRulesDefinition.REPOSITORY_KEY + ":";
    return r.issueCountsByRule().entrySet().stream()
      .filter(e -> e.getKey().startsWith(prefix) && keys.test(e.getKey().substring(prefix.length())))
      .mapToLong(Map.Entry::getValue).sum();
  }

  private static boolean expectedFailure(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return file.contains(Corpus.GENERATED + "/") && Corpus.EXPECTED_PARSE_FAILURES.contains(name);
  }

  private static String precisionCell(Precision.Tally t) {
    if (t == null || t.decided() == 0) {
      return "not labelled";
    }
    return String.format(Locale.ROOT, "%s (%s), %d labelled", pct(t.precision()), pct(t.wilsonLower()), t.decided());
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", v * 100);
  }

  private static String row(String k, String v) {
    return "| " + k + " | " + v + " |\n";
  }

  private static String versionOf(Class<?> c) {
    String v = c.getPackage().getImplementationVersion();
    return v == null ? "8.22.0.41895" : v;
  }

  private static void ratio(StringBuilder md, List<Map<Profile, AnalysisRun.Result>> rounds, String label,
    java.util.function.ToDoubleFunction<Map<Profile, AnalysisRun.Result>> f) {
    md.append("| ").append(label).append(" | ").append(String.format(Locale.ROOT, "%.3f", Benchmark.median(rounds, f))).append(" | ")
      .append(rounds.stream().map(r -> String.format(Locale.ROOT, "%.3f", f.applyAsDouble(r))).collect(Collectors.joining(", ")))
      .append(" |\n");
  }
}
