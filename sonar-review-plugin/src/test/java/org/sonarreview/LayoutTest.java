package org.sonarreview;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layout README's "Project layout" describes: dependencies point one way, from the plugin to the
 * rule categories, to the project models and shared helpers, to the tree utilities; never back, never in a cycle.
 */
class LayoutTest {

  private static JavaClasses mainClasses;

  @BeforeAll
  static void importMainClasses() {
    mainClasses = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.sonarreview");
  }

  @Test
  void imports_the_plugin_classes() {
    // Guards the rules below against passing on an empty import.
    Set<String> packages = mainClasses.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
    assertThat(packages).contains("org.sonarreview", "org.sonarreview.check", "org.sonarreview.tree",
      "org.sonarreview.project", "org.sonarreview.rules.unused", "org.sonarreview.rules.naming");
  }

  @Test
  void layers_depend_downwards_only() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("Plugin").definedBy("org.sonarreview")
      .layer("Rules").definedBy("org.sonarreview.rules..")
      .layer("Project models").definedBy("org.sonarreview.project..")
      .layer("Framework and shared helpers").definedBy("org.sonarreview.check..", "org.sonarreview.sql..", "org.sonarreview.javadoc..")
      .layer("Tree utilities").definedBy("org.sonarreview.tree..")
      .whereLayer("Plugin").mayNotBeAccessedByAnyLayer()
      .whereLayer("Rules").mayOnlyBeAccessedByLayers("Plugin")
      .whereLayer("Project models").mayOnlyBeAccessedByLayers("Plugin", "Rules")
      .whereLayer("Framework and shared helpers").mayOnlyBeAccessedByLayers("Plugin", "Rules", "Project models")
      .whereLayer("Tree utilities").mayOnlyBeAccessedByLayers("Plugin", "Rules", "Project models", "Framework and shared helpers")
      .check(mainClasses);
  }

  @Test
  void rule_categories_do_not_depend_on_each_other() {
    slices().matching("org.sonarreview.rules.(*)..").should().notDependOnEachOther().check(mainClasses);
  }

  @Test
  void packages_form_no_cycle() {
    slices().matching("org.sonarreview.(**)").should().beFreeOfCycles().check(mainClasses);
  }
}
