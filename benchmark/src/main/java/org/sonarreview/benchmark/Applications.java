package org.sonarreview.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.Nullable;

/**
 * The application corpus: real applications pinned by commit in applications.tsv, each read from a local git
 * directory (a clone or a mirror), its pinned commit's files written under the apps directory, and analysed as one
 * project of its own: main and test Java files, plus the non-Java resources a scanner indexes beside them (XML,
 * properties, YAML, SQL, JSP and other templates, META-INF/services), which project-level rules read through the
 * sensor context's file system.
 */
final class Applications {

  /** Issue paths of application code start with this directory: apps/&lt;name&gt;/&lt;path in the repository&gt;. */
  static final String DIR = "apps";
  /** Test code wherever Maven puts it; applications.tsv adds the test modules that live under src/main. */
  private static final Pattern MAVEN_TEST = glob("**/src/test/**");
  private static final Set<String> RESOURCE_EXTENSIONS = Set.of("xml", "properties", "yml", "yaml", "sql", "jsp",
    "jspf", "tag", "xhtml", "html", "htm", "ftl", "vm");
  /** Bigger resources (data dumps, bundled scripts) are left out: no rule reads them. */
  private static final long MAX_RESOURCE_BYTES = 1 << 20;
  /** Written last into an application's directory: its files are complete for that commit. */
  private static final String MARKER = ".benchmark-commit";

  /**
   * One line of applications.tsv.
   *
   * @param test globs of test code beyond Maven's src/test
   * @param exclude globs of what is not analysed
   */
  record Definition(String name, String repository, String commit, List<Pattern> test, List<Pattern> exclude,
    String persistence) {

    /** The directory name of a mirror of the repository, as the corpus's git directory holds it: owner+name. */
    String mirrorName() {
      return repository.replace('/', '+');
    }

    boolean isTest(String path) {
      return MAVEN_TEST.matcher(path).matches() || test.stream().anyMatch(p -> p.matcher(path).matches());
    }

    /** Whether a path of the repository is written and analysed: Java sources and the resources a scanner indexes. */
    boolean selects(String path) {
      if (Arrays.stream(path.split("/")).anyMatch(s -> s.startsWith(".") || s.equals("node_modules"))
        || exclude.stream().anyMatch(p -> p.matcher(path).matches())) {
        return false;
      }
      return path.endsWith(".java") || isResource(path);
    }
  }

  /** An application written out for its commit: its Java files (main and test) and its resources. */
  record Application(Definition definition, Path dir, List<CorpusFile> sources, List<CorpusFile> resources) {

    long lines(boolean test) {
      return sources.stream().filter(f -> f.test() == test).mapToLong(CorpusFile::lines).sum();
    }

    long files(boolean test) {
      return sources.stream().filter(f -> f.test() == test).count();
    }

    /** How issue paths of this application start. */
    String pathPrefix() {
      return DIR + "/" + definition.name() + "/";
    }
  }

  /** One application and its analysis with our rules. */
  record Analysed(Application application, AnalysisRun.Result result) {
  }

  private Applications() {
  }

  static boolean isResource(String path) {
    if (path.contains("META-INF/services/")) {
      return true;
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 && RESOURCE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** The language a scanner with the usual plugins gives a resource; null for none (properties, SQL, services). */
  @Nullable
  static String languageOf(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xml")) {
      return "xml";
    }
    if (lower.endsWith(".jsp") || lower.endsWith(".jspf") || lower.endsWith(".tag") || lower.endsWith(".xhtml")
      || lower.endsWith(".html") || lower.endsWith(".htm")) {
      return "web";
    }
    if (lower.endsWith(".yml") || lower.endsWith(".yaml")) {
      return "yaml";
    }
    return null;
  }

  /** The definitions of applications.tsv, in file order; {@code only}, when not empty, keeps just those names. */
  static List<Definition> read(Path tsv, Set<String> only) throws IOException {
    List<Definition> definitions = new ArrayList<>();
    boolean header = true;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 6) {
        throw new IllegalArgumentException(tsv + ": expected 6 tab-separated columns in: " + line);
      }
      if (only.isEmpty() || only.contains(cols[0])) {
        definitions.add(new Definition(cols[0], cols[1], cols[2], globs(cols[3]), globs(cols[4]), cols[5]));
      }
    }
    Set<String> unknown = new HashSet<>(only);
    definitions.forEach(d -> unknown.remove(d.name()));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Not applications of " + tsv + ": " + unknown);
    }
    return definitions;
  }

  private static List<Pattern> globs(String column) {
    if (column.isBlank() || column.equals("-")) {
      return List.of();
    }
    return Arrays.stream(column.split(",")).map(String::trim).map(Applications::glob).toList();
  }

  /** A glob over '/'-separated paths: '**&#47;' is any number of directories, '**' anything, '*' and '?' stay in one name. */
  static Pattern glob(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && glob.startsWith("**/", i)) {
        re.append("(?:.*/)?");
        i += 2;
      } else if (c == '*' && glob.startsWith("**", i)) {
        re.append(".*");
        i++;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }

  /**
   * The git directory of an application under {@code reposDir}: a directory named like its mirror (owner+name) or
   * like the application, holding a clone, a bare repository, or a mirror's {@code repo} git directory.
   */
  static Path gitDir(Path reposDir, Definition d) {
    for (String name : List.of(d.mirrorName(), d.name())) {
      Path candidate = reposDir.resolve(name);
      if (Files.isDirectory(candidate.resolve("repo"))) {
        return candidate.resolve("repo");
      }
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No git directory for " + d.repository() + " in " + reposDir + ": expected "
      + reposDir.resolve(d.mirrorName()) + " (git clone https://github.com/" + d.repository() + " " + d.mirrorName() + ")");
  }

  /**
   * Writes the selected files of the pinned commit into {@code appsDir/<name>} (unless a complete copy of that
   * commit is already there) and lists them. Files the git directory lacks (a mirror may leave out very big blobs)
   * are skipped and counted in the log.
   */
  static Application materialise(Definition d, Path gitDir, Path appsDir) throws IOException, InterruptedException {
    Path dir = appsDir.resolve(d.name());
    Path marker = dir.resolve(MARKER);
    if (!Files.exists(marker) || !Files.readString(marker).trim().equals(d.commit())) {
      deleteTree(dir);
      Files.createDirectories(dir);
      git(gitDir, "cat-file", "-e", d.commit() + "^{commit}");
      int[] counts = extract(d, gitDir, dir);
      Benchmark.log("%s: wrote %d files of %s at %s (%d missing from the git directory)", d.name(), counts[0],
        d.repository(), d.commit().substring(0, 12), counts[1]);
      Files.writeString(marker, d.commit() + "\n");
    }
    List<CorpusFile> sources = new ArrayList<>();
    List<CorpusFile> resources = new ArrayList<>();
    List<Path> paths;
    try (Stream<Path> s = Files.walk(dir)) {
      paths = s.filter(Files::isRegularFile).filter(p -> !p.equals(marker)).sorted().toList();
    }
    for (Path p : paths) {
      String relative = dir.relativize(p).toString().replace(File.separatorChar, '/');
      CorpusFile f = new CorpusFile(d.name(), p, Corpus.countLines(p), d.isTest(relative));
      (relative.endsWith(".java") ? sources : resources).add(f);
    }
    return new Application(d, dir, List.copyOf(sources), List.copyOf(resources));
  }

  /** Streams the selected blobs of the commit out of the git directory; returns {written, missing}. */
  private static int[] extract(Definition d, Path gitDir, Path dir) throws IOException, InterruptedException {
    List<String[]> blobs = new ArrayList<>();
    String tree = git(gitDir, "ls-tree", "-r", "-z", "--full-tree", d.commit());
    for (String entry : tree.split("\0")) {
      int tab = entry.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String[] meta = entry.substring(0, tab).split(" ");
      String path = entry.substring(tab + 1);
      // Regular files only: no symbolic links (120000), no submodules (commit entries).
      if (meta[1].equals("blob") && !meta[0].equals("120000") && d.selects(path)) {
        blobs.add(new String[] {meta[2], path});
      }
    }
    Process p = new ProcessBuilder("git", "-C", gitDir.toString(), "cat-file", "--batch")
      .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Thread feeder = new Thread(() -> {
      try (OutputStream in = p.getOutputStream()) {
        for (String[] blob : blobs) {
          in.write((blob[0] + "\n").getBytes(StandardCharsets.US_ASCII));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    feeder.start();
    int written = 0;
    int missing = 0;
    try (InputStream out = new BufferedInputStream(p.getInputStream(), 1 << 16)) {
      for (String[] blob : blobs) {
        // "<sha> blob <size>\n<content>\n", or "<sha> missing\n"
        String[] header = readLine(out).split(" ");
        if (header.length < 3) {
          missing++;
          continue;
        }
        byte[] content = out.readNBytes(Integer.parseInt(header[2]));
        out.read();
        boolean resource = !blob[1].endsWith(".java");
        if (resource && content.length > MAX_RESOURCE_BYTES) {
          continue;
        }
        Path target = dir.resolve(blob[1]);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        written++;
      }
    }
    feeder.join();
    if (p.waitFor() != 0) {
      throw new IOException("git cat-file --batch failed in " + gitDir);
    }
    return new int[] {written, missing};
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("git cat-file --batch ended early");
      }
      line.write(b);
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  private static String git(Path gitDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", gitDir.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (p.waitFor() != 0) {
      throw new IOException("Failed: " + String.join(" ", command));
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * An application's analysis classpath: the library corpus's jars, then the jars of
   * benchmark/applications/pom.xml that the corpus does not already have (by artifact name), each list name-sorted.
   */
  static List<File> classpath(List<File> corpusLibraries, Path appsLib) throws IOException {
    List<File> result = new ArrayList<>(corpusLibraries);
    if (!Files.isDirectory(appsLib)) {
      throw new IllegalStateException("No application classpath in " + appsLib
        + ": run `mvn -f benchmark/applications/pom.xml package` first");
    }
    Set<String> artifacts = new HashSet<>();
    corpusLibraries.forEach(f -> artifacts.add(artifactName(f.getName())));
    try (Stream<Path> s = Files.list(appsLib)) {
      s.filter(p -> p.toString().endsWith(".jar")).sorted()
        .filter(p -> artifacts.add(artifactName(p.getFileName().toString())))
        .forEach(p -> result.add(p.toFile()));
    }
    return result;
  }

  /** A jar's name without its version: spring-core-6.1.14.jar gives spring-core. */
  static String artifactName(String jar) {
    String name = jar.replaceFirst("\\.jar$", "");
    int cut = Corpus.versionStart(name);
    return cut < 0 ? name : name.substring(0, cut);
  }
}
