package org.sonarreview.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The corpus: the source jars unpacked by benchmark/corpus/pom.xml (one component per jar), plus a few
 * deliberately broken files and a Java 21 file that this class writes itself, so nothing big is committed.
 */
final class Corpus {

  static final String GENERATED = "generated";
  /**
   * Components that are applications, not libraries. UnreferencedMethod is sampled only there: a library's
   * public API is unreferenced by design, and the rule targets an application's dead code.
   */
  static final Set<String> APPLICATIONS = Set.of("zookeeper", "zookeeper-jute");
  static final Set<String> APPLICATION_SAMPLED_RULES = Set.of("UnreferencedMethod");

  /**
   * True when an issue's file path is application code: a file of the application corpus (apps/&lt;name&gt;/...), or a
   * corpus-relative path (src/&lt;component&gt;-&lt;version&gt;-sources-jar/...) of one of {@link #APPLICATIONS}.
   */
  static boolean isApplicationFile(String file) {
    if (file.startsWith(Applications.DIR + "/")) {
      return true;
    }
    String[] parts = file.split("/", 3);
    if (parts.length < 2) {
      return false;
    }
    String name = parts[1].replaceFirst("-sources-jar$", "");
    int cut = versionStart(name);
    return cut > 0 && APPLICATIONS.contains(name.substring(0, cut));
  }
  /** Components of the fixed ~200,000-line timing slice: application and persistence code, JPA and JDBC. */
  static final Set<String> SLICE = Set.of("keycloak-model-jpa", "spring-jdbc", "spring-batch-core", "spring-data-jpa");
  /** Files of the generated component that are broken on purpose: their parse failure is expected. */
  static final Set<String> EXPECTED_PARSE_FAILURES = Set.of(
    "SyntaxErrors.java", "Truncated.java", "BinaryGarbage.java", "UnterminatedComment.java");

  final Path baseDir;
  final List<CorpusFile> files;
  /** Component name to version, in corpus order. */
  final Map<String, String> versions;
  final List<java.io.File> libraries;

  private Corpus(Path baseDir, List<CorpusFile> files, Map<String, String> versions, List<java.io.File> libraries) {
    this.baseDir = baseDir;
    this.files = files;
    this.versions = versions;
    this.libraries = libraries;
  }

  static Corpus load(Path baseDir) throws IOException {
    Path src = baseDir.resolve("src");
    if (!Files.isDirectory(src)) {
      throw new IllegalStateException("No corpus in " + src + ": run `mvn -f benchmark/corpus/pom.xml package` first");
    }
    Map<String, String> versions = new LinkedHashMap<>();
    List<CorpusFile> files = new ArrayList<>();
    List<Path> dirs;
    try (Stream<Path> s = Files.list(src)) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path dir : dirs) {
      // maven-dependency-plugin names the directory <artifactId>-<version>-sources-jar
      String name = dir.getFileName().toString().replaceFirst("-sources-jar$", "");
      int cut = versionStart(name);
      if (cut < 0) {
        throw new IllegalStateException("No version in " + name);
      }
      String component = name.substring(0, cut);
      versions.put(component, name.substring(cut + 1));
      files.addAll(javaFiles(component, dir));
    }
    Path generated = Generated.write(baseDir.resolve(GENERATED), files);
    versions.put(GENERATED, "written by the benchmark");
    files.addAll(javaFiles(GENERATED, generated));
    List<java.io.File> libraries;
    try (Stream<Path> s = Files.list(baseDir.resolve("lib"))) {
      libraries = s.filter(p -> p.toString().endsWith(".jar")).sorted().map(Path::toFile).toList();
    }
    return new Corpus(baseDir, List.copyOf(files), versions, libraries);
  }

  /** The index of the '-' before the first dash-separated part that starts with a digit; -1 for none. */
  static int versionStart(String name) {
    for (int i = 0; i < name.length() - 1; i++) {
      if (name.charAt(i) == '-' && Character.isDigit(name.charAt(i + 1))) {
        return i;
      }
    }
    return -1;
  }

  private static List<CorpusFile> javaFiles(String component, Path dir) throws IOException {
    List<Path> paths;
    try (Stream<Path> s = Files.walk(dir)) {
      paths = s.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
    }
    List<CorpusFile> result = new ArrayList<>();
    for (Path p : paths) {
      result.add(new CorpusFile(component, p, countLines(p)));
    }
    return result;
  }

  static int countLines(Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    if (bytes.length == 0) {
      return 0;
    }
    int lines = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    return bytes[bytes.length - 1] == '\n' ? lines : lines + 1;
  }

  /** For smoke tests of the tool itself: a seeded fraction of the real files, all generated ones. */
  Corpus restrict(double fraction) {
    if (fraction >= 1.0) {
      return this;
    }
    List<CorpusFile> kept = new ArrayList<>();
    Random random = new Random(Precision.SEED);
    for (CorpusFile f : files) {
      if (f.component().equals(GENERATED) || random.nextDouble() < fraction) {
        kept.add(f);
      }
    }
    return new Corpus(baseDir, List.copyOf(kept), versions, libraries);
  }

  List<CorpusFile> slice() {
    return files.stream()
      .filter(f -> SLICE.contains(f.component()) || f.path().getFileName().toString().equals("Java21Syntax.java"))
      .toList();
  }

  /** A seeded random subset of files holding about {@code fraction} of the lines, in corpus order; smaller fractions are subsets of larger ones. */
  List<CorpusFile> fraction(double fraction, long seed) {
    if (fraction >= 1.0) {
      return files;
    }
    List<CorpusFile> shuffled = new ArrayList<>(files);
    Collections.shuffle(shuffled, new Random(seed));
    long target = (long) (totalLines(files) * fraction);
    List<CorpusFile> result = new ArrayList<>();
    long lines = 0;
    for (CorpusFile f : shuffled) {
      if (lines >= target) {
        break;
      }
      result.add(f);
      lines += f.lines();
    }
    // Back in corpus order: a real project's batches hold neighbouring files of one package, not a random mix.
    List<CorpusFile> ordered = new ArrayList<>(files);
    ordered.retainAll(new java.util.HashSet<>(result));
    return ordered;
  }

  static long totalLines(List<CorpusFile> files) {
    return files.stream().mapToLong(CorpusFile::lines).sum();
  }

  /** The generated component: broken files and one Java 21 file. */
  static final class Generated {

    private Generated() {
    }

    static Path write(Path dir, List<CorpusFile> realFiles) throws IOException {
      Path pkg = Files.createDirectories(dir.resolve("org/sonarreview/benchmark/generated"));
      String header = "package org.sonarreview.benchmark.generated;\n\n";
      write(pkg.resolve("SyntaxErrors.java"), header
        + "import java.util.List;\n\n"
        + "public class SyntaxErrors {\n"
        + "  public void missingParen(int a {\n"
        + "    if (a > 0 {\n"
        + "      System.out.println(\"a\")\n"
        + "    }\n"
        + "  }\n"
        + "  int field = ;\n"
        + "}\n");
      // A real file cut in the middle of a token, as an editor crash or a partial checkout leaves it.
      CorpusFile biggest = realFiles.stream()
        .filter(f -> f.component().startsWith("commons-lang3"))
        .max((a, b) -> Integer.compare(a.lines(), b.lines()))
        .orElseThrow();
      String content = Files.readString(biggest.path(), StandardCharsets.UTF_8);
      String truncated = content.substring(0, content.length() * 3 / 5).replaceFirst("(?m)^package [^;]+;", header.trim());
      write(pkg.resolve("Truncated.java"), truncated);
      byte[] garbage = new byte[64 * 1024];
      new Random(4).nextBytes(garbage);
      Files.write(pkg.resolve("BinaryGarbage.java"), garbage);
      write(pkg.resolve("UnterminatedComment.java"), header + "/** never closed\npublic class UnterminatedComment {\n}\n");
      write(pkg.resolve("Empty.java"), "");
      write(pkg.resolve("OnlyPackage.java"), header);
      write(pkg.resolve("CrLfWithBom.java"), "\uFEFF" + (header + "import java.util.Map;\nimport java.util.List;\n\n"
        + "public class CrLfWithBom {\n  List<String> names;\n}\n").replace("\n", "\r\n"));
      write(pkg.resolve("Generated20k.java"), generated20k(header));
      write(pkg.resolve("Java21Syntax.java"), java21(header));
      return dir;
    }

    private static void write(Path p, String text) throws IOException {
      Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** 20,000 lines shaped like generated parser/mapper code: constants, a huge switch, long methods and signatures. */
    static String generated20k(String header) {
      StringBuilder sb = new StringBuilder(header);
      sb.append("import java.util.ArrayList;\nimport java.util.HashMap;\nimport java.util.List;\nimport java.util.Map;\n\n");
      sb.append("public class Generated20k {\n");
      int lines = 9;
      for (int i = 0; i < 2000; i++, lines++) {
        sb.append("  public static final int TOKEN_").append(i).append(" = ").append(i).append(";\n");
      }
      sb.append("  public static String tokenName(int token) {\n    switch (token) {\n");
      lines += 2;
      for (int i = 0; i < 2000; i++, lines += 2) {
        sb.append("      case TOKEN_").append(i).append(":\n        return \"TOKEN_").append(i).append("\";\n");
      }
      sb.append("      default:\n        return null;\n    }\n  }\n");
      lines += 4;
      sb.append("  public static String longConcatenation(Object o) {\n    return \"\"");
      for (int i = 0; i < 200; i++) {
        sb.append("\n      + o + \"/").append(i).append('"');
      }
      sb.append(";\n  }\n");
      lines += 203;
      int m = 0;
      while (lines < 19_990) {
        sb.append("  public Map<String, Object> map").append(m)
          .append("(String id, String name, String code, String label, boolean active, boolean visible, int order, long version, Object payload) {\n")
          .append("    Map<String, Object> row = new HashMap<>();\n")
          .append("    row.put(\"id\", id);\n    row.put(\"name\", name);\n    row.put(\"code\", code);\n")
          .append("    row.put(\"label\", label);\n    row.put(\"active\", active);\n    row.put(\"visible\", visible);\n")
          .append("    List<Object> extra = new ArrayList<>();\n    extra.add(order);\n    extra.add(version);\n    extra.add(payload);\n")
          .append("    row.put(\"extra\", extra);\n    return row;\n  }\n");
        lines += 16;
        m++;
      }
      while (lines < 19_999) {
        sb.append("  // padding\n");
        lines++;
      }
      sb.append("}\n");
      return sb.toString();
    }

    static String java21(String header) {
      return header
        + "import java.util.List;\n"
        + "import java.util.Map;\n"
        + "import java.util.SequencedCollection;\n"
        + "import java.util.concurrent.Executors;\n\n"
        + "public class Java21Syntax {\n\n"
        + "  sealed interface Shape permits Circle, Square, Rectangle {}\n"
        + "  record Circle(double radius) implements Shape {}\n"
        + "  record Square(double side) implements Shape {}\n"
        + "  record Rectangle(double width, double height) implements Shape {}\n"
        + "  record Pair<A, B>(A first, B second) {}\n\n"
        + "  static double area(Shape shape) {\n"
        + "    return switch (shape) {\n"
        + "      case Circle c when c.radius() == 0 -> 0;\n"
        + "      case Circle(double r) -> Math.PI * r * r;\n"
        + "      case Square(var s) -> s * s;\n"
        + "      case Rectangle(double w, double h) -> w * h;\n"
        + "    };\n"
        + "  }\n\n"
        + "  static String describe(Object o) {\n"
        + "    if (o instanceof Pair<?, ?>(String a, Integer b)) {\n"
        + "      return a + b;\n"
        + "    }\n"
        + "    return switch (o) {\n"
        + "      case null -> \"null\";\n"
        + "      case Integer i when i > 10 -> \"big\";\n"
        + "      case Integer i -> \"small\";\n"
        + "      case String s -> \"\"\"\n"
        + "        text block %s\n"
        + "        \"\"\".formatted(s);\n"
        + "      default -> o.toString();\n"
        + "    };\n"
        + "  }\n\n"
        + "  static <T> T last(SequencedCollection<T> items) {\n"
        + "    return items.getLast();\n"
        + "  }\n\n"
        + "  static void virtualThreads(List<Runnable> tasks) throws Exception {\n"
        + "    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {\n"
        + "      tasks.forEach(executor::submit);\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
    }
  }
}
