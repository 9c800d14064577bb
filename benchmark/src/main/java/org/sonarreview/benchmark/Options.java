package org.sonarreview.benchmark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * The command line, read once: where the corpus, the output and the labels are, how many rounds, the JDK of the
 * analysed code, which of our rules run and with which parameters, and the mode.
 *
 * @param jdkHome the JDK whose classes the analysed code sees (sonar.java.jdkHome); null for the JDK running the analysis
 * @param rules our rules the runs cover, with the parameters `--param` sets
 * @param corpusFraction for smoke tests of the tool itself: the seeded fraction of the real files kept (1 keeps all)
 */
record Options(Path corpus, Path out, Path labels, int reps, long warmupLines, String command, boolean skipScaling,
  @Nullable String jdkHome, RuleConfig rules, boolean precisionOnly, double corpusFraction) {

  /**
   * Arguments: {@code --corpus DIR --out DIR --labels DIR [--reps N] [--warmup-lines N] [--command TEXT]
   * [--skip-scaling] [--jdk-home DIR] [--rules Key1,Key2] [--param Key.param=value,...] [--precision-only]
   * [--corpus-fraction F]}.
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
    return new Options(corpus, out, labels, reps, warmupLines, command, skipScaling, jdkHome, rules, precisionOnly,
      corpusFraction);
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
