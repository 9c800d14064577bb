package org.sonarreview.rules.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.api.batch.fs.internal.DefaultFileSystem;
import org.sonar.api.batch.fs.internal.TestInputFileBuilder;

class MappingFilesTest {

  @TempDir
  Path project;

  @Test
  void reads_indexed_xml_and_the_resource_folders_beside_the_java_folders() throws IOException {
    write("model/src/main/java/shop/Customer.java", "package shop; class Customer {}");
    write("model/src/main/resources/META-INF/orm.xml", "<entity-mappings/>");
    write("model/src/main/resources/shop/Order.hbm.xml", "<hibernate-mapping/>");
    write("model/src/main/resources/app.properties", "a=b");
    write("web/src/main/webapp/WEB-INF/beans.xml", "<beans/>");
    write("tools/etc/other.xml", "<other/>");
    DefaultFileSystem fileSystem = new DefaultFileSystem(project);
    fileSystem.add(javaFile("model/src/main/java/shop/Customer.java"));
    fileSystem.add(TestInputFileBuilder.create("p", project.toFile(), project.resolve("web/src/main/webapp/WEB-INF/beans.xml").toFile())
      .setContents("<beans/>").build());

    assertThat(MappingFiles.resourceFolders(fileSystem)).containsExactly(project.resolve("model/src/main/resources"));
    assertThat(MappingFiles.read(fileSystem).keySet()).extracting(uri -> uri.substring(uri.indexOf(project.getFileName().toString())))
      .containsExactlyInAnyOrder(
        project.getFileName() + "/web/src/main/webapp/WEB-INF/beans.xml",
        project.getFileName() + "/model/src/main/resources/META-INF/orm.xml",
        project.getFileName() + "/model/src/main/resources/shop/Order.hbm.xml");
  }

  @Test
  void nothing_without_java_folders_or_xml() {
    assertThat(MappingFiles.read(new DefaultFileSystem(project))).isEmpty();
  }

  private InputFile javaFile(String relative) {
    return TestInputFileBuilder.create("p", project.toFile(), project.resolve(relative).toFile()).setLanguage("java")
      .setContents("package shop; class Customer {}").build();
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
