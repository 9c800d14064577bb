package org.sonarreview.rules.unused;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.sensor.cache.ReadCache;
import org.sonar.api.batch.sensor.cache.WriteCache;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonarreview.project.MethodIndex;

import org.sonarreview.testing.MapCache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sonarreview.testing.TestFiles.path;
import static org.sonarreview.testing.TestFiles.testJars;

class UnreferencedMethodCheckTest {

  private static final String LIBRARY = path("UnreferencedMethod/Library.java");
  private static final String CALLER = path("UnreferencedMethod/Caller.java");
  private static final String OUR_PREFIX = "review:UnreferencedMethod:";
  private static final String SHAPES = path("UnreferencedMethod/Shapes.java");

  @TempDir
  Path classes;

  /** The classpath of a module that depends on another: the other module's compiled classes and the test jars. */
  private List<File> classPathWith(String... sources) {
    List<File> jars = testJars();
    String classPath = jars.stream().map(File::getPath).collect(Collectors.joining(File.pathSeparator));
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classPath, "--release", "17", "-proc:none"));
    arguments.addAll(List.of(sources));
    int result = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new));
    assertThat(result).as("compiling " + arguments).isZero();
    List<File> classPathFiles = new ArrayList<>(jars);
    classPathFiles.add(classes.toFile());
    return classPathFiles;
  }

  @Test
  void declarations_of_one_file_are_kept_alive_by_references_from_another() {
    MethodIndex index = analysed(classPathWith(LIBRARY), 21, LIBRARY, CALLER, SHAPES);
    assertThat(unreferencedNames(index)).containsExactlyInAnyOrder(
      "Library(int)", "unusedPublic", "unusedStatic", "area", "describe", "rename", "run");
    assertThat(index.filesWithoutSemantic()).isZero();
  }

  @Test
  void a_name_left_unresolved_anywhere_keeps_the_rule_silent_about_it() {
    MethodIndex index = analysed(classPathWith(LIBRARY), 21, LIBRARY, CALLER, SHAPES, path("UnreferencedMethod/Unresolved.java"));
    assertThat(unreferencedNames(index)).doesNotContain("unusedStatic").contains("unusedPublic");
  }

  @Test
  void a_call_with_an_argument_of_unknown_type_keeps_every_overload_of_its_name() {
    MethodIndex index = analysed(testJars(), 21, path("UnreferencedMethod/Overloads.java"));
    assertThat(unreferencedNames(index)).containsExactlyInAnyOrder("unusedOverload", "calls");
  }

  @Test
  void entry_points_of_the_catalog_are_left_alone_and_the_other_methods_are_checked() {
    MethodIndex index = analysed(testJars(), 25, path("UnreferencedMethod/EntryPointCases.java"));
    // `main` is NonVoidMain's: a main that returns a value is no launcher entry point.
    assertThat(unreferencedNames(index)).containsExactlyInAnyOrder(
      "main", "publish", "plain", "Plain()", "summary", "parse", "levels");
    assertThat(index.unreferenced(declaration -> false)).filteredOn(unreferenced -> "main".equals(unreferenced.declaration().displayName()))
      .singleElement().extracting(unreferenced -> unreferenced.declaration().ownerType()).isEqualTo("com.acme.app.EntryPointCases.NonVoidMain");
  }

  @Test
  void a_file_without_semantic_keeps_every_name_it_calls_alive() {
    MethodIndex index = analysed(classPathWith(LIBRARY), 21, LIBRARY);
    assertThat(unreferencedNames(index)).contains("used", "generic", "callsThroughFunction", "unusedPublic");

    CheckVerifier.newVerifier()
      .onFiles(CALLER)
      .withCheck(new UnreferencedMethodCheck(index))
      .withoutSemantic()
      .verifyNoIssues();
    assertThat(index.filesWithoutSemantic()).isEqualTo(1);
    assertThat(unreferencedNames(index))
      .doesNotContain("used", "generic", "callsThroughFunction")
      .contains("unusedPublic");
  }

  @Test
  void a_file_without_semantic_keeps_the_constructors_it_extends_or_references_alive() {
    MethodIndex index = new MethodIndex();
    String constructors = path("UnreferencedMethod/Constructors.java");
    CheckVerifier.newVerifier()
      .onFiles(constructors)
      .withCheck(new UnreferencedMethodCheck(index))
      .withClassPath(classPathWith(constructors))
      .withJavaVersion(21)
      .verifyNoIssues();
    assertThat(unreferencedNames(index)).contains("Base(int)", "Holder()", "Lonely()");

    CheckVerifier.newVerifier()
      .onFiles(path("UnreferencedMethod/ConstructorCallers.java"))
      .withCheck(new UnreferencedMethodCheck(index))
      .withoutSemantic()
      .verifyNoIssues();
    assertThat(unreferencedNames(index)).doesNotContain("Base(int)", "Holder()").contains("Lonely()");
  }

  @Test
  void without_an_index_the_check_does_nothing() {
    UnreferencedMethodCheck check = new UnreferencedMethodCheck();
    CheckVerifier.newVerifier()
      .onFiles(LIBRARY)
      .withCheck(check)
      .verifyNoIssues();
    assertThat(check.scanWithoutParsing(null)).isTrue();
  }

  @Test
  void unchanged_files_come_from_the_cache_and_changed_files_are_parsed_again(@TempDir Path dir) throws IOException {
    Path service = copy(path("UnreferencedMethod/CachedService.java"), dir.resolve("Service.java"));
    Path client = copy(path("UnreferencedMethod/v1/Client.java"), dir.resolve("Client.java"));

    // First analysis: nothing cached, both files parsed and written to the cache.
    MapCache first = new MapCache(OUR_PREFIX, Map.of());
    MethodIndex firstIndex = new MethodIndex();
    CheckVerifier.newVerifier()
      .onFiles(service.toString(), client.toString())
      .withClassPath(classPathWith(service.toString()))
      .withCheck(new UnreferencedMethodCheck(firstIndex))
      .withCache(first, first)
      .verifyNoIssues();
    assertThat(first.ours()).hasSize(2);
    assertThat(unreferencedNames(firstIndex)).containsExactly("run");

    // Second analysis: Service is unchanged and served from the cache; Client changed and no longer calls helper.
    copy(path("UnreferencedMethod/v2/Client.java"), client);
    MapCache second = new MapCache(OUR_PREFIX, first.written());
    MethodIndex secondIndex = new MethodIndex();
    CheckVerifier.newVerifier()
      .addFiles(InputFile.Status.SAME, service.toString())
      .addFiles(InputFile.Status.CHANGED, client.toString())
      .withClassPath(classPathWith(service.toString()))
      .withCheck(new UnreferencedMethodCheck(secondIndex))
      .withCache(second, second)
      .verifyNoIssues();
    assertThat(second.copiedOurs()).singleElement().asString().endsWith("Service.java");
    assertThat(second.ours().keySet()).singleElement().asString().endsWith("Client.java");
    assertThat(unreferencedNames(secondIndex)).containsExactlyInAnyOrder("helper", "run");
  }

  @Test
  void a_file_served_from_the_cache_is_not_written_again_when_it_is_parsed_after_all(@TempDir Path dir) throws IOException {
    Path service = copy(path("UnreferencedMethod/CachedService.java"), dir.resolve("Service.java"));
    MapCache first = new MapCache(OUR_PREFIX, Map.of());
    CheckVerifier.newVerifier()
      .onFiles(service.toString())
      .withCheck(new UnreferencedMethodCheck(new MethodIndex()))
      .withCache(first, first)
      .verifyNoIssues();

    // Another check refuses to skip the file: it is parsed although our entry came from the cache.
    MapCache second = new MapCache(OUR_PREFIX, first.written());
    CheckVerifier.newVerifier()
      .onFiles(service.toString())
      .withChecks(new UnreferencedMethodCheck(new MethodIndex()), new UnusedPrivateMemberCheck())
      .withCache(second, second)
      .verifyNoIssues();
    assertThat(second.copiedOurs()).hasSize(1);
    assertThat(second.ours()).isEmpty();
  }

  @Test
  void the_fake_cache_rejects_a_second_write_like_the_real_one() {
    MapCache cache = new MapCache(OUR_PREFIX, Map.of());
    cache.write("k", new byte[0]);
    assertThatThrownBy(() -> cache.write("k", new byte[0])).isInstanceOf(IllegalArgumentException.class);
  }

  /** The index that analysing the files, with the rule's check alone, fills. */
  private static MethodIndex analysed(List<File> classPath, int javaVersion, String... files) {
    MethodIndex index = new MethodIndex();
    CheckVerifier.newVerifier()
      .onFiles(files)
      .withCheck(new UnreferencedMethodCheck(index))
      .withClassPath(classPath)
      .withJavaVersion(javaVersion)
      .verifyNoIssues();
    return index;
  }

  private static List<String> unreferencedNames(MethodIndex index) {
    return index.unreferenced(declaration -> false).stream().map(unreferenced -> unreferenced.declaration().displayName()).toList();
  }

  private static Path copy(String source, Path target) throws IOException {
    return Files.copy(Path.of(source), target, StandardCopyOption.REPLACE_EXISTING);
  }
}
