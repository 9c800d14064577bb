package org.sonarreview.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.sonarreview.ReviewRulesDefinition;

/**
 * The benchmark over real code. In one process: a warm-up, then {@code reps} rounds of the three runs
 * (baseline, our rules, Sonar way) on the fixed ~200,000-line slice, in rotating order; then our rules on 1/4,
 * 1/2 and all of the corpus (scaling; the whole-corpus run also gives the issue counts, failures and the
 * precision sample). With {@code --apps DIR}, each application of the application corpus is then analysed with our
 * rules as one project of its own (issue densities per application; its issues join the precision sample). Writes
 * BENCHMARKS.md and the precision sample into the output directory.
 *
 * <p>Arguments: {@code --corpus DIR --out DIR --labels DIR [--reps N] [--warmup-lines N] [--command TEXT]
 * [--apps DIR]}; all of them in {@link Options#parse}.
 */
public final class Benchmark {

  private Benchmark() {
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Path out = options.out();

    long started = System.nanoTime();
    LogCapture logs = LogCapture.install();
    AnalysisRun analysis = new AnalysisRun(options.jdkHome(), options.rules(), logs);
    Corpus corpus = Corpus.load(options.corpus()).restrict(options.corpusFraction());
    List<CorpusFile> slice = corpus.slice();
    log("corpus: %d files, %,d lines; slice: %d files, %,d lines; %d library jars",
      corpus.files.size(), Corpus.totalLines(corpus.files), slice.size(), Corpus.totalLines(slice), corpus.libraries.size());
    List<Applications.Application> applications = materialiseApplications(options);
    Files.createDirectories(out);
    if (options.precisionOnly()) {
      precisionOnly(analysis, options, corpus, applications, started);
      return;
    }

    // Warm-up: JIT-compile the frontend and every check before anything is timed. Not reported.
    List<CorpusFile> warmup = new ArrayList<>();
    for (CorpusFile f : slice) {
      if (Corpus.totalLines(warmup) >= options.warmupLines()) {
        break;
      }
      warmup.add(f);
    }
    for (Profile p : Profile.values()) {
      AnalysisRun.Result r = analysis.run("warmup-" + p.label, p, corpus.baseDir, warmup, corpus.libraries,
        out.resolve("runs/warmup-" + p.label));
      log("warm-up %-9s %s", p.label, summary(r));
    }

    // Timing: rounds of the three runs on the slice, order rotated so no profile always runs first.
    List<Map<Profile, AnalysisRun.Result>> rounds = new ArrayList<>();
    Profile[] order = Profile.values();
    for (int rep = 0; rep < options.reps(); rep++) {
      Map<Profile, AnalysisRun.Result> round = new LinkedHashMap<>();
      for (int i = 0; i < order.length; i++) {
        Profile p = order[(i + rep) % order.length];
        AnalysisRun.Result r = analysis.run("slice-" + (rep + 1) + "-" + p.label, p, corpus.baseDir, slice,
          corpus.libraries, out.resolve("runs/slice-" + (rep + 1) + "-" + p.label));
        log("slice %d %-9s %s", rep + 1, p.label, summary(r));
        round.put(p, lightweight(r));
      }
      rounds.add(round);
    }

    // Scaling and the whole corpus: our rules on 1/4, 1/2 and all of it.
    List<AnalysisRun.Result> scaling = new ArrayList<>();
    double[] fractions = options.skipScaling() ? new double[] {1.0} : new double[] {0.25, 0.5, 1.0};
    AnalysisRun.Result whole = null;
    for (double fraction : fractions) {
      List<CorpusFile> files = corpus.fraction(fraction, Precision.SEED);
      String name = "corpus-" + (int) Math.round(fraction * 100) + "pct-" + Profile.OURS.label;
      AnalysisRun.Result r = analysis.run(name, Profile.OURS, corpus.baseDir, files, corpus.libraries,
        out.resolve("runs/" + name));
      log("corpus %3.0f%% ours     %s", fraction * 100, summary(r));
      if (fraction >= 1.0) {
        whole = r;
      }
      scaling.add(lightweight(r));
    }

    List<Applications.Analysed> analysed = analyseApplications(analysis, applications, corpus, out, options.appsLib());
    List<Precision.Tally> tallies = writeSamples(whole, analysed, options, corpus);
    double minutes = (System.nanoTime() - started) / 60e9;
    String report = Report.render(corpus, slice, rounds, scaling, whole, analysed, tallies, options, minutes);
    Files.writeString(out.resolve("BENCHMARKS.md"), report, StandardCharsets.UTF_8);
    log("done in %.1f min: %s", minutes, out.resolve("BENCHMARKS.md"));
  }

  /** The applications of {@code --apps}, their pinned commits written out; none without the option. */
  private static List<Applications.Application> materialiseApplications(Options options) throws IOException, InterruptedException {
    if (options.apps() == null) {
      return List.of();
    }
    List<Applications.Application> applications = new ArrayList<>();
    for (Applications.Definition d : Applications.read(options.appDefinitions(), options.appNames())) {
      Applications.Application a = Applications.materialise(d, Applications.gitDir(options.apps(), d), options.appsOut());
      log("application %s: %,d main files, %,d lines; %,d test files, %,d lines; %,d resources", d.name(), a.files(false),
        a.lines(false), a.files(true), a.lines(true), a.resources().size());
      applications.add(a);
    }
    return applications;
  }

  /** Each application with our rules, one project at a time, on the library corpus's classpath plus the applications' jars. */
  private static List<Applications.Analysed> analyseApplications(AnalysisRun analysis, List<Applications.Application> applications,
    Corpus corpus, Path out, Path appsLib) throws IOException {
    List<Applications.Analysed> analysed = new ArrayList<>();
    if (applications.isEmpty()) {
      return analysed;
    }
    List<java.io.File> libraries = Applications.classpath(corpus.libraries, appsLib);
    for (Applications.Application a : applications) {
      String name = "app-" + a.definition().name() + "-" + Profile.OURS.label;
      AnalysisRun.Result r = analysis.run(name, Profile.OURS, new AnalysisRun.Project(a.dir(), a.pathPrefix(), a.sources(),
        a.resources(), libraries, true), out.resolve("runs/" + name));
      log("app %-12s ours     %s", a.definition().name(), summary(r));
      analysed.add(new Applications.Analysed(a, r));
    }
    return analysed;
  }

  /**
   * Precision sample from a whole-corpus run and the applications' runs, for each rule the runs covered. With
   * applications, each sample draws {@link Options#appShare()} of its issues from application code where there are
   * enough (see {@link Precision.Sampling}).
   */
  private static List<Precision.Tally> writeSamples(AnalysisRun.Result whole, List<Applications.Analysed> applications,
    Options options, Corpus corpus) throws IOException {
    List<AnalysisRun.IssueRecord> issues = new ArrayList<>(whole.issues());
    applications.forEach(a -> issues.addAll(a.result().issues()));
    // Every issue of the runs, for looking beyond the sample (which files, which messages).
    StringBuilder all = new StringBuilder("rule\tfile\tline\tmessage\n");
    issues.forEach(i -> all.append(i.rule()).append('\t').append(i.file()).append('\t').append(i.line())
      .append('\t').append(i.message().replace('\t', ' ').replace('\n', ' ')).append('\n'));
    Files.writeString(options.out().resolve("issues.tsv"), all, StandardCharsets.UTF_8);
    java.util.function.Function<String, Path> locate = file -> file.startsWith(Applications.DIR + "/")
      ? options.appsOut().resolve(file.substring(Applications.DIR.length() + 1))
      : corpus.baseDir.resolve(file);
    Precision.Sampling sampling = new Precision.Sampling(Corpus::isApplicationFile, options.appShare());
    List<String> applicationNames = new ArrayList<>(new java.util.TreeSet<>(Corpus.APPLICATIONS));
    applications.forEach(a -> applicationNames.add(a.application().definition().name()));
    List<Precision.Tally> tallies = new ArrayList<>();
    for (String key : options.rules().selectedRuleKeys()) {
      boolean applicationOnly = Corpus.APPLICATION_SAMPLED_RULES.contains(key);
      List<AnalysisRun.IssueRecord> issuesOfRule = issues.stream()
        .filter(i -> i.rule().equals(ReviewRulesDefinition.REPOSITORY_KEY + ":" + key) && !i.file().startsWith(Corpus.GENERATED + "/"))
        .filter(i -> !applicationOnly || Corpus.isApplicationFile(i.file()))
        .toList();
      String scope = applicationOnly ? "the application code of the corpus (" + String.join(", ", applicationNames) + ")"
        : applications.isEmpty() ? "the whole corpus" : "the whole library corpus and the applications";
      tallies.add(Precision.writeSample(key, issuesOfRule, scope, applicationOnly ? Precision.Sampling.UNSTRATIFIED : sampling,
        locate, options.labels(), options.out().resolve("precision")));
    }
    return tallies;
  }

  /**
   * The fast mode for tuning a rule: one whole-corpus run of our (selected) rules and one run per application, no
   * timing rounds, then the precision samples and a short table of issue counts. Its figures are not published.
   */
  private static void precisionOnly(AnalysisRun analysis, Options options, Corpus corpus,
    List<Applications.Application> applications, long started) throws IOException {
    Path out = options.out();
    AnalysisRun.Result whole = analysis.run("corpus-100pct-" + Profile.OURS.label, Profile.OURS, corpus.baseDir,
      corpus.files, corpus.libraries, out.resolve("runs/corpus-100pct-" + Profile.OURS.label));
    log("corpus 100%% ours     %s", summary(whole));
    List<Applications.Analysed> analysed = analyseApplications(analysis, applications, corpus, out, options.appsLib());
    List<Precision.Tally> tallies = writeSamples(whole, analysed, options, corpus);
    long lines = whole.lines() + analysed.stream().mapToLong(a -> a.result().lines()).sum();
    StringBuilder table = new StringBuilder(Report.valueTable(tallies, analysed, lines));
    if (whole.index() != null) {
      AnalysisRun.IndexStats index = whole.index();
      table.append(String.format(Locale.ROOT, "%nUnreferencedMethod index: %,d entries, %,d bytes retained "
          + "(%,.0f bytes per 100,000 lines); project sensor %.2f s.%n", index.entries(), index.retainedBytes(),
        index.retainedBytes() * 100_000.0 / whole.lines(), index.sensorNanos() / 1e9));
    }
    if (!analysed.isEmpty()) {
      table.append('\n').append(Report.applications(analysed));
    }
    Files.writeString(out.resolve("precision-only.md"), table, StandardCharsets.UTF_8);
    System.out.print(table);
    log("done in %.1f min: %s", (System.nanoTime() - started) / 60e9, out.resolve("precision-only.md"));
  }

  /** Drops the issue list (kept only for the whole-corpus run) so rounds do not hold memory. */
  private static AnalysisRun.Result lightweight(AnalysisRun.Result r) {
    return new AnalysisRun.Result(r.name(), r.profile(), r.files(), r.lines(), r.wallNanos(), r.processCpuNanos(),
      r.peakHeapBytes(), r.peakHeapAfterGcBytes(), List.of(), r.analysisErrors(), r.logs(), r.perf(), r.activeChecks(),
      r.issueCountsByRule(), r.index(), r.conventions(), r.persistence());
  }

  static String summary(AnalysisRun.Result r) {
    return String.format(Locale.ROOT, "%6d files %,9d lines  wall %6.1fs  cpu %6.1fs  heap %5d MB (after GC %5d MB)  issues %6d  parse failures %d  rule exceptions %d",
      r.files(), r.lines(), r.wallNanos() / 1e9, r.processCpuNanos() / 1e9, r.peakHeapBytes() >> 20,
      r.peakHeapAfterGcBytes() >> 20, r.issueCountsByRule().values().stream().mapToInt(Integer::intValue).sum(),
      r.logs().parseFailures(), r.logs().ruleExceptions());
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().filter(v -> !v.isNaN()).sorted().toList();
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static <T> double median(List<T> items, ToDoubleFunction<T> f) {
    return median(items.stream().map(f::applyAsDouble).toList());
  }

  static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, "[benchmark] " + format + "%n", args);
    System.out.flush();
  }
}
