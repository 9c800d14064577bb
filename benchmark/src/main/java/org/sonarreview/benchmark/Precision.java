package org.sonarreview.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The precision sample: for each rule a seeded random sample of its issues on the whole corpus, each with its
 * code context, written so that a blind rater can label it with the standard of RULES.md ("How the rules are described")
 * and shared/LABELLING.md: TP (correct and worth raising here), NOISE (correct, not worth raising in this codebase), FP
 * (wrong), SETUP (wrong only because of how the analysis was run) or UNSURE. Labels of the earlier right / wrong standard
 * are not labels under this one: they are ignored, and their issues are drawn afresh.
 * Labels live in committed TSV files (benchmark/precision/&lt;Key&gt;.tsv) and are matched to issues by file, line
 * and message, so they survive a re-run as long as the rule reports the same issues.
 */
final class Precision {

  static final int SAMPLE_SIZE = 60;
  static final long SEED = 4L;
  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+?)(?:\\.\\*)?\\s*;");

  /** One sampled issue and its label, if any. */
  record Sampled(String id, AnalysisRun.IssueRecord issue, String label, String note) {
  }

  /** The labels of the value standard; anything else (the earlier right / wrong, or nothing) is unlabelled. */
  static final Set<String> LABELS = Set.of("TP", "NOISE", "FP", "SETUP", "UNSURE");

  /** Counts of one rule's labels. */
  record Tally(String rule, int issues, int sampled, int tp, int noise, int fp, int setup, int unsure, int unlabelled,
    List<Sampled> items) {

    /** The issues precision is computed on: TP, NOISE and FP (SETUP and UNSURE are reported apart). */
    int decided() {
      return tp + noise + fp;
    }

    /** TP / (TP + NOISE + FP). */
    double precision() {
      return decided() == 0 ? Double.NaN : (double) tp / decided();
    }

    double wilsonLower() {
      return wilsonLowerBound(tp, decided());
    }

    /** (TP + NOISE) / (TP + NOISE + FP): whether the rule is right, whatever its value. */
    double correctness() {
      return decided() == 0 ? Double.NaN : (double) (tp + noise) / decided();
    }
  }

  private Precision() {
  }

  /** Wilson score interval, lower end, 95% (z = 1.96). */
  static double wilsonLowerBound(int successes, int n) {
    if (n == 0) {
      return Double.NaN;
    }
    double z = 1.959963984540054;
    double p = (double) successes / n;
    double z2 = z * z;
    double centre = p + z2 / (2 * n);
    double margin = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return (centre - margin) / (1 + z2 / n);
  }

  /**
   * How a sample is drawn. With a positive {@code applicationShare}, the sample is stratified: that share of it
   * (rounded up) comes from issues on application code when there are enough of them, the rest from the other
   * issues, and a stratum with too few issues leaves its places to the other. With 0 it is one draw from all.
   *
   * @param application whether an issue's file path is application code
   */
  record Sampling(Predicate<String> application, double applicationShare) {

    static final Sampling UNSTRATIFIED = new Sampling(file -> false, 0);
  }

  /**
   * The sample: issues labelled in an earlier run that the rule still raises come first, then a seeded random draw
   * from the others, up to {@link #SAMPLE_SIZE}, in each stratum of {@code sampling}. Labels thus survive a grown
   * corpus or a changed rule; the price is that issues of the earlier sample are over-represented when a rule's
   * issues change a lot (the closing notes say how many labels were carried over).
   */
  static List<AnalysisRun.IssueRecord> sample(List<AnalysisRun.IssueRecord> issuesOfRule, Set<String> labelled, Sampling sampling) {
    List<AnalysisRun.IssueRecord> picked;
    if (sampling.applicationShare() > 0) {
      List<AnalysisRun.IssueRecord> application = new ArrayList<>();
      List<AnalysisRun.IssueRecord> other = new ArrayList<>();
      issuesOfRule.forEach(i -> (sampling.application().test(i.file()) ? application : other).add(i));
      int fromApplication = Math.min(application.size(), (int) Math.ceil(sampling.applicationShare() * SAMPLE_SIZE));
      int fromOther = Math.min(other.size(), SAMPLE_SIZE - fromApplication);
      fromApplication = Math.min(application.size(), SAMPLE_SIZE - fromOther);
      picked = draw(application, labelled, fromApplication);
      picked.addAll(draw(other, labelled, fromOther));
    } else {
      picked = draw(issuesOfRule, labelled, SAMPLE_SIZE);
    }
    picked.sort(ISSUE_ORDER);
    return picked;
  }

  /** Up to {@code size} issues: the labelled ones first, then the others, each group in seeded random order. */
  private static List<AnalysisRun.IssueRecord> draw(List<AnalysisRun.IssueRecord> issues, Set<String> labelled, int size) {
    List<AnalysisRun.IssueRecord> kept = new ArrayList<>();
    List<AnalysisRun.IssueRecord> others = new ArrayList<>();
    issues.stream().sorted(ISSUE_ORDER).forEach(i -> (labelled.contains(identity(i)) ? kept : others).add(i));
    Collections.shuffle(kept, new Random(SEED));
    Collections.shuffle(others, new Random(SEED));
    List<AnalysisRun.IssueRecord> picked = new ArrayList<>(kept.subList(0, Math.min(size, kept.size())));
    picked.addAll(others.subList(0, Math.min(size - picked.size(), others.size())));
    return picked;
  }

  static final Comparator<AnalysisRun.IssueRecord> ISSUE_ORDER = Comparator
    .comparing(AnalysisRun.IssueRecord::file)
    .thenComparingInt(AnalysisRun.IssueRecord::line)
    .thenComparing(AnalysisRun.IssueRecord::message);

  /**
   * Writes &lt;Key&gt;.md (the issues with their code, to read) and &lt;Key&gt;.tsv (id, label, note, file, line, message,
   * labels carried over from {@code labelsDir}) into {@code outDir}, and returns the tally.
   */
  static Tally writeSample(String ruleKey, List<AnalysisRun.IssueRecord> issuesOfRule, String scope, Sampling sampling,
    Function<String, Path> locate, Path labelsDir, Path outDir) throws IOException {
    Files.createDirectories(outDir);
    Map<String, String[]> labels = readLabels(labelsDir.resolve(ruleKey + ".tsv"));
    Set<String> labelled = labels.entrySet().stream().filter(e -> LABELS.contains(e.getValue()[0])).map(Map.Entry::getKey)
      .collect(java.util.stream.Collectors.toSet());
    List<AnalysisRun.IssueRecord> picked = sample(issuesOfRule, labelled, sampling);
    List<Sampled> sampled = new ArrayList<>();
    for (int i = 0; i < picked.size(); i++) {
      AnalysisRun.IssueRecord issue = picked.get(i);
      String[] label = labels.get(identity(issue));
      sampled.add(new Sampled(String.format(Locale.ROOT, "%s-%02d", ruleKey, i + 1), issue,
        label == null ? "" : label[0], label == null ? "" : label[1]));
    }
    StringBuilder md = new StringBuilder();
    md.append("# Precision sample: ").append(ruleKey).append("\n\n")
      .append(String.format(Locale.ROOT, "%d issues drawn at random (seed %d) from %d on %s; %d of them are labelled issues "
          + "of an earlier sample that the rule still raises, kept first; %d are on application code%s. ",
        sampled.size(), SEED, issuesOfRule.size(), scope, picked.stream().filter(i -> labelled.contains(identity(i))).count(),
        picked.stream().filter(i -> sampling.application().test(i.file())).count(),
        sampling.applicationShare() > 0 ? String.format(Locale.ROOT, " (drawn for a share of %.0f%% where there are enough)",
          sampling.applicationShare() * 100) : ""))
      .append("Label each in ").append(ruleKey).append(".tsv: `TP`, `NOISE`, `FP`, `SETUP` or `UNSURE` (shared/LABELLING.md).\n\n");
    StringBuilder tsv = new StringBuilder("id\tlabel\tnote\tfile\tline\tmessage\n");
    for (Sampled s : sampled) {
      md.append("## ").append(s.id()).append("\n\n")
        .append("`").append(s.issue().file()).append(':').append(s.issue().line()).append("`\n\n")
        .append("> ").append(s.issue().message()).append("\n\n")
        .append("```java\n").append(context(locate.apply(s.issue().file()), s.issue().line())).append("```\n\n");
      tsv.append(s.id()).append('\t').append(s.label()).append('\t').append(clean(s.note())).append('\t')
        .append(s.issue().file()).append('\t').append(s.issue().line()).append('\t').append(clean(s.issue().message())).append('\n');
    }
    Files.writeString(outDir.resolve(ruleKey + ".md"), md, StandardCharsets.UTF_8);
    Files.writeString(outDir.resolve(ruleKey + ".tsv"), tsv, StandardCharsets.UTF_8);
    Map<String, Integer> counts = new HashMap<>();
    for (Sampled s : sampled) {
      counts.merge(LABELS.contains(s.label()) ? s.label() : "", 1, Integer::sum);
    }
    return new Tally(ruleKey, issuesOfRule.size(), sampled.size(), counts.getOrDefault("TP", 0), counts.getOrDefault("NOISE", 0),
      counts.getOrDefault("FP", 0), counts.getOrDefault("SETUP", 0), counts.getOrDefault("UNSURE", 0), counts.getOrDefault("", 0), sampled);
  }

  static String identity(AnalysisRun.IssueRecord issue) {
    return issue.file() + ":" + issue.line() + ":" + clean(issue.message());
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }

  /** Committed labels, keyed by issue identity: label and note. */
  static Map<String, String[]> readLabels(Path tsv) throws IOException {
    Map<String, String[]> labels = new HashMap<>();
    if (!Files.exists(tsv)) {
      return labels;
    }
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] cols = line.split("\t", -1);
      if (cols.length >= 6 && !cols[1].isBlank()) {
        String key = cols[3] + ":" + cols[4] + ":" + cols[5];
        labels.put(key, new String[] {cols[1].trim().toUpperCase(Locale.ROOT), cols[2].trim()});
      }
    }
    return labels;
  }

  /**
   * The flagged line with 8 lines either side, the enclosing type's declaration line, and for an import every
   * other line of the file that mentions the imported name (code, comments and Javadoc alike).
   */
  static String context(Path file, int line) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      return "(file is not valid UTF-8)\n";
    }
    StringBuilder sb = new StringBuilder();
    int from = Math.max(1, line - 8);
    int to = Math.min(lines.size(), line + 8);
    String typeLine = null;
    for (int i = Math.min(line, lines.size()) - 1; i >= 0 && from > 1; i--) {
      if (i < from - 1 && lines.get(i).matches(".*\\b(class|interface|enum|record)\\s+\\w+.*") && !lines.get(i).trim().startsWith("*")) {
        typeLine = String.format(Locale.ROOT, "%5d   %s%n  ...%n", i + 1, lines.get(i));
        break;
      }
    }
    if (typeLine != null) {
      sb.append(typeLine);
    }
    for (int i = from; i <= to; i++) {
      sb.append(String.format(Locale.ROOT, "%5d %s %s%n", i, i == line ? ">>" : "  ", lines.get(i - 1)));
    }
    if (line >= 1 && line <= lines.size()) {
      Matcher m = IMPORT.matcher(lines.get(line - 1));
      if (m.find()) {
        String qualified = m.group(1);
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        Pattern word = Pattern.compile("\\b" + Pattern.quote(simple) + "\\b");
        List<String> mentions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          if (i != line - 1 && word.matcher(lines.get(i)).find()) {
            mentions.add(String.format(Locale.ROOT, "%5d    %s", i + 1, lines.get(i)));
          }
        }
        sb.append(String.format(Locale.ROOT, "  --- other lines of the file (%d lines) that mention `%s`: %d%n",
          lines.size(), simple, mentions.size()));
        mentions.stream().limit(12).forEach(s -> sb.append(s).append('\n'));
        if (mentions.size() > 12) {
          sb.append("  ... ").append(mentions.size() - 12).append(" more\n");
        }
      }
    }
    return sb.toString();
  }
}
