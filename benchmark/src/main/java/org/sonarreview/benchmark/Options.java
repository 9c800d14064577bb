package org.sonarreview.benchmark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The command line, read once: where the corpus, the output and the labels are, how many rounds, the JDK of the
 * analysed code, which of our rules run and with which parameters, and the mode.
 *
 * @param jdkHome the JDK whose classes the analysed code sees (sonar.java.jdkHome); null for the JDK running the analysis
 * @param rules our rules the runs cover, with the parameters `--param` sets
 * @param corpusFraction for smoke tests of the tool itself: the seeded fraction of the real files kept (1 keeps all)
 * @param apps the directory holding the applications' git directories (clones or mirrors, named owner+name); null to
 *   run the library corpus only
 * @param appDefinitions the application corpus's definition (applications.tsv)
 * @param appNames the applications of the definition to analyse; empty for all of them
 * @param appsOut where the applications' files are written, one directory per application
 * @param appsLib the extra jars of the applications' classpath (benchmark/applications/pom.xml)
 * @param appShare the share of each precision sample drawn from application code where there is enough (0: one
 *   unstratified draw, as without applications)
 */
record Options(Path corpus, Path out, Path labels, int reps, long warmupLines, String command, boolean skipScaling,
  @Nullable String jdkHome, RuleConfig rules, boolean precisionOnly, double corpusFraction, @Nullable Path apps,
  Path appDefinitions, Set<String> appNames, Path appsOut, Path appsLib, double appShare) {

  /**
   * Arguments: {@code --corpus DIR --out DIR --labels DIR [--reps N] [--warmup-lines N] [--command TEXT]
   * [--skip-scaling] [--jdk-home DIR] [--rules Key1,Key2] [--param Key.param=value,...] [--precision-only]
   * [--corpus-fraction F] [--apps DIR [--app-names a,b] [--app-definitions FILE] [--apps-out DIR] [--apps-lib DIR]
   * [--app-share F]]}.
   */
  static Options parse(String[] args) {
    Map<String, String> opts = options(args);
    Path corpus = Path.of(opts.getOrDefault("corpus", "benchmark/target/corpus")).toAbsolutePath();
    Path out = Path.of(opts.getOrDefault("out", "benchmark/target/benchmark")).toAbsolutePath();
    Path labels = Path.of(opts.getOrDefault("labels", "benchmark/precision")).toAbsolutePath();
    int reps = Integer.parseInt(opts.getOrDefault("reps", "5"));
    long warmupLines = Long.parseLong(opts.getOrDefault("warmup-lines", "30000"));
    String command = opts.getOrDefault("command", "benchmark/run");
    boolean skipScaling = opts.containsKey("skip-scaling");
    String jdkHome = opts.get("jdk-home");
    RuleConfig rules = RuleConfig.parse(opts.get("rules"), opts.get("param"));
    boolean precisionOnly = opts.containsKey("precision-only");
    double corpusFraction = Double.parseDouble(opts.getOrDefault("corpus-fraction", "1"));
    Path apps = opts.containsKey("apps") ? Path.of(opts.get("apps")).toAbsolutePath() : null;
    Path appDefinitions = Path.of(opts.getOrDefault("app-definitions", "benchmark/applications/applications.tsv")).toAbsolutePath();
    Set<String> appNames = opts.containsKey("app-names") ? Set.of(opts.get("app-names").split(",")) : Set.of();
    Path appsOut = Path.of(opts.getOrDefault("apps-out", "benchmark/target/apps")).toAbsolutePath();
    Path appsLib = Path.of(opts.getOrDefault("apps-lib", "benchmark/target/apps-lib")).toAbsolutePath();
    double appShare = Double.parseDouble(opts.getOrDefault("app-share", apps == null ? "0" : "0.6"));
    return new Options(corpus, out, labels, reps, warmupLines, command, skipScaling, jdkHome, rules, precisionOnly,
      corpusFraction, apps, appDefinitions, appNames, appsOut, appsLib, appShare);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument " + args[i]);
      }
      String key = args[i].substring(2);
      if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        opts.put(key, args[++i]);
      } else {
        opts.put(key, "true");
      }
    }
    return opts;
  }
}
