package org.sonarreview.rules.docs;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleExportsTest {

  @Test
  void reads_unqualified_exports_and_ignores_comments() {
    String moduleInfo = """
      /** exports fake.javadoc; */
      open module com.acme {
        requires java.sql;
        exports com.acme.api;
        exports com.acme.spi ;
        // exports com.acme.commented;
        exports com.acme.friends to com.acme.tests, com.acme.other;
        opens com.acme.model;
      }
      """;
    assertThat(ModuleExports.exportsOf(moduleInfo)).containsExactlyInAnyOrder("com.acme.api", "com.acme.spi");
  }

  @Test
  void a_root_without_module_info_restricts_nothing() {
    assertThat(ModuleExports.readExports(Path.of("src/test/files/rules/MissingJavadoc"))).isEmpty();
    assertThat(ModuleExports.readExports(Path.of("src/test/files/rules/MissingJavadoc/modular")))
      .hasValueSatisfying(packages -> assertThat(packages).containsExactlyInAnyOrder("com.acme.api"));
    assertThat(new ModuleExports().visibility(null, "com.acme")).isEqualTo(ModuleExports.Visibility.NO_MODULE);
  }
}
