package org.sonarreview.rules.unused;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.DefaultInputFile;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;
import org.sonar.api.batch.rule.internal.ActiveRulesBuilder;
import org.sonar.api.batch.rule.internal.NewActiveRule;
import org.sonar.api.batch.sensor.internal.DefaultSensorDescriptor;
import org.sonar.api.batch.sensor.internal.SensorContextTester;
import org.sonar.api.batch.sensor.issue.Issue;
import org.sonarreview.project.FileEntry;
import org.sonarreview.project.MethodDeclaration;
import org.sonarreview.project.MethodIndex;

import static org.assertj.core.api.Assertions.assertThat;

class UnreferencedMethodSensorTest {

  private static final String LIBRARY = """
    package com.acme;
    public class Library {
      public void used() {}
      public void unused() {}
      void unusedPackagePrivate() {}
      public Library() {}
      public static Library provider() { return new Library(); }
    }
    """;

  @TempDir
  Path baseDir;

  @Test
  void reports_unreferenced_declarations_on_their_file_and_line() {
    SensorContextTester context = context("false");
    DefaultInputFile library = addFile(context, "lib/src/main/java/com/acme/Library.java", LIBRARY, "java");
    MethodIndex index = indexWithLibrary(library);
    new UnreferencedMethodSensor(index).execute(context);
    assertThat(context.allIssues()).extracting(UnreferencedMethodSensorTest::summary).containsExactlyInAnyOrder(
      "4:14 Remove the method 'unused': nothing in the project calls or references it.",
      "5:7 Remove the method 'unusedPackagePrivate': nothing in the project calls or references it.",
      "6:9 Remove the constructor 'Library()': nothing in the project calls it.");
  }

  @Test
  void ignore_public_api_is_read_from_the_active_rule() {
    SensorContextTester context = context("true");
    DefaultInputFile library = addFile(context, "lib/src/main/java/com/acme/Library.java", LIBRARY, "java");
    new UnreferencedMethodSensor(indexWithLibrary(library)).execute(context);
    assertThat(context.allIssues()).extracting(UnreferencedMethodSensorTest::summary)
      .containsExactly("5:7 Remove the method 'unusedPackagePrivate': nothing in the project calls or references it.");
  }

  @Test
  void does_nothing_when_the_rule_is_not_active() {
    SensorContextTester context = SensorContextTester.create(baseDir);
    DefaultInputFile library = addFile(context, "lib/src/main/java/com/acme/Library.java", LIBRARY, "java");
    new UnreferencedMethodSensor(indexWithLibrary(library)).execute(context);
    assertThat(context.allIssues()).isEmpty();
  }

  @Test
  void stays_silent_when_another_jvm_language_may_hold_callers() {
    SensorContextTester context = context("false");
    DefaultInputFile library = addFile(context, "lib/src/main/java/com/acme/Library.java", LIBRARY, "java");
    addFile(context, "app/src/main/kotlin/App.kt", "fun main() {}", "kotlin");
    new UnreferencedMethodSensor(indexWithLibrary(library)).execute(context);
    assertThat(context.allIssues()).isEmpty();
  }

  @Test
  void names_called_by_a_file_without_semantic_model_are_not_reported() {
    SensorContextTester context = context("false");
    DefaultInputFile library = addFile(context, "lib/src/main/java/com/acme/Library.java", LIBRARY, "java");
    MethodIndex index = indexWithLibrary(library);
    index.put("other", new FileEntry("file:///other", false, List.of(), Set.of(), Set.of("unused", "Library")));
    new UnreferencedMethodSensor(index).execute(context);
    assertThat(context.allIssues()).extracting(UnreferencedMethodSensorTest::summary).containsExactly(
      "5:7 Remove the method 'unusedPackagePrivate': nothing in the project calls or references it.");
  }

  @Test
  void service_providers_keep_their_constructors_and_provider_method() throws IOException {
    Path services = Files.createDirectories(baseDir.resolve("lib/src/main/resources/META-INF/services"));
    Files.writeString(services.resolve("com.acme.Spi"), "# providers\ncom.acme.Library # the only one\n");
    Path ignored = Files.createDirectories(baseDir.resolve("lib/target/classes/META-INF/services"));
    Files.writeString(ignored.resolve("com.acme.Other"), "com.acme.Other\n");
    assertThat(ServiceFiles.typesNamedUnder(baseDir)).containsExactly("com.acme.Library");

    SensorContextTester context = context("false");
    DefaultInputFile library = addFile(context, "lib/src/main/java/com/acme/Library.java", LIBRARY, "java");
    MethodIndex index = indexWithLibrary(library);
    index.put("provider", new FileEntry(library.uri().toString(), true,
      List.of(declaration("provider()Lcom/acme/Library;", "provider", false, true, 7, 24, 32)), Set.of(), Set.of()));
    new UnreferencedMethodSensor(index).execute(context);
    // ServiceLoader calls the constructor and the static provider(); the type's other methods are still checked.
    assertThat(context.allIssues()).extracting(UnreferencedMethodSensorTest::summary).containsExactlyInAnyOrder(
      "4:14 Remove the method 'unused': nothing in the project calls or references it.",
      "5:7 Remove the method 'unusedPackagePrivate': nothing in the project calls or references it.");
  }

  @Test
  void a_nested_service_provider_is_named_with_a_dollar() throws IOException {
    Path services = Files.createDirectories(baseDir.resolve("META-INF/services"));
    Files.writeString(services.resolve("com.acme.Spi"), "com.acme.Outer$Provider\n");
    assertThat(ServiceFiles.typesNamedUnder(baseDir)).containsExactly("com.acme.Outer.Provider");
  }

  @Test
  void describes_itself_for_the_review_repository() {
    DefaultSensorDescriptor descriptor = new DefaultSensorDescriptor();
    new UnreferencedMethodSensor(new MethodIndex()).describe(descriptor);
    assertThat(descriptor.ruleRepositories()).containsExactly("review");
    assertThat(descriptor.languages()).containsExactly("java");
  }

  private MethodIndex indexWithLibrary(InputFile library) {
    MethodIndex index = new MethodIndex();
    index.put(library.key(), new FileEntry(library.uri().toString(), true, List.of(
      declaration("used()V", "used", false, true, 3, 14, 18),
      declaration("unused()V", "unused", false, true, 4, 14, 20),
      declaration("unusedPackagePrivate()V", "unusedPackagePrivate", false, false, 5, 7, 27),
      declaration("<init>()V", "Library()", true, true, 6, 9, 16)),
      Set.of("com.acme.Library#used()V"), Set.of()));
    return index;
  }

  private static MethodDeclaration declaration(String signature, String displayName, boolean constructor, boolean publicApi,
    int line, int start, int end) {
    return new MethodDeclaration("com.acme.Library#" + signature, "com.acme.Library", displayName, constructor, publicApi, line, start, end);
  }

  private SensorContextTester context(String ignorePublicApi) {
    SensorContextTester context = SensorContextTester.create(baseDir);
    context.setActiveRules(new ActiveRulesBuilder().addRule(new NewActiveRule.Builder()
      .setRuleKey(UnreferencedMethodSensor.RULE_KEY)
      .setParam("ignorePublicApi", ignorePublicApi)
      .build()).build());
    return context;
  }

  private DefaultInputFile addFile(SensorContextTester context, String relativePath, String content, String language) {
    DefaultInputFile file = TestInputFileBuilder.create("project", baseDir.toFile(), baseDir.resolve(relativePath).toFile())
      .setLanguage(language).setContents(content).setCharset(java.nio.charset.StandardCharsets.UTF_8).build();
    context.fileSystem().add(file);
    return file;
  }

  private static String summary(Issue issue) {
    return issue.primaryLocation().textRange().start().line() + ":" + issue.primaryLocation().textRange().start().lineOffset()
      + " " + issue.primaryLocation().message();
  }
}
