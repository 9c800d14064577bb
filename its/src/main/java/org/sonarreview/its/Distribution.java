package org.sonarreview.its;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A SonarQube distribution: {@code org.sonarsource.sonarqube:sonar-application:<version>:zip}, resolved through
 * Maven and unzipped once into a directory that later starts reuse.
 */
public final class Distribution {

  private static final String GROUP_ID = "org.sonarsource.sonarqube";
  private static final String ARTIFACT_ID = "sonar-application";
  private static final String UNZIPPED_MARKER = ".review-unzipped";

  private Distribution() {
  }

  /**
   * The zip in the local Maven repository; when it is missing, Maven downloads it ({@code dependency:get}, with
   * its progress shown unless {@code quiet}).
   */
  public static Path resolveZip(String version, boolean quiet) {
    Path zip = BuildInfo.localRepository()
      .resolve(GROUP_ID.replace('.', '/')).resolve(ARTIFACT_ID).resolve(version)
      .resolve(ARTIFACT_ID + "-" + version + ".zip");
    if (Files.isRegularFile(zip)) {
      return zip;
    }
    Log.info("Downloading SonarQube " + version + " (about 900 MB) with Maven into " + BuildInfo.localRepository());
    List<String> command = new ArrayList<>();
    command.add(BuildInfo.mvn());
    if (quiet) {
      command.add("-B");
      command.add("-ntp");
    }
    command.add("-Dmaven.repo.local=" + BuildInfo.localRepository());
    command.add("org.apache.maven.plugins:maven-dependency-plugin:" + BuildInfo.get("maven.dependency.plugin.version") + ":get");
    command.add("-Dartifact=" + GROUP_ID + ":" + ARTIFACT_ID + ":" + version + ":zip");
    command.add("-Dtransitive=false");
    Processes.run(command, BuildInfo.itsBaseDir(), null);
    if (!Files.isRegularFile(zip)) {
      throw new IllegalStateException("Maven did not put " + zip.getFileName() + " into " + zip.getParent());
    }
    return zip;
  }

  /**
   * Unzips the distribution under {@code parent} unless a complete unzip is already there, and returns the server's
   * home ({@code parent/sonarqube-<version>}). The bundled plugins other than SonarJava's are left out: start-up
   * drops from about 100 s to about 70 s.
   */
  public static Path unzip(Path zip, Path parent, String version) {
    Path home = parent.resolve("sonarqube-" + version);
    if (Files.isRegularFile(home.resolve(UNZIPPED_MARKER))) {
      Log.info("Reusing the unzipped server " + home);
      return home;
    }
    long start = System.nanoTime();
    try {
      if (Files.exists(home)) {
        FileUtil.deleteRecursively(home);
      }
      Files.createDirectories(parent);
      Path root = parent.toRealPath();
      try (ZipFile zipFile = new ZipFile(zip.toFile())) {
        Enumeration<? extends ZipEntry> entries = zipFile.entries();
        while (entries.hasMoreElements()) {
          ZipEntry entry = entries.nextElement();
          if (!keep(entry.getName())) {
            continue;
          }
          Path target = root.resolve(entry.getName()).normalize();
          if (!target.startsWith(root)) {
            throw new IllegalStateException("Zip entry outside the target directory: " + entry.getName());
          }
          if (entry.isDirectory()) {
            Files.createDirectories(target);
          } else {
            Files.createDirectories(target.getParent());
            try (InputStream in = zipFile.getInputStream(entry)) {
              Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
          }
        }
      }
      if (!Files.isDirectory(home)) {
        throw new IllegalStateException(zip + " has no top-level directory sonarqube-" + version);
      }
      Files.copy(home.resolve("conf/sonar.properties"), home.resolve("conf/sonar.properties.orig"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(home.resolve(UNZIPPED_MARKER), zip + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Timings.record("unzip " + version, System.nanoTime() - start);
    return home;
  }

  /** Keeps everything except bundled plugins other than sonar-java-plugin-* and sonar-java-symbolic-execution-plugin-*. */
  static boolean keep(String entryName) {
    int slash = entryName.indexOf('/');
    String relative = slash < 0 ? entryName : entryName.substring(slash + 1);
    if (!relative.startsWith("lib/extensions/") || relative.equals("lib/extensions/")) {
      return true;
    }
    String file = relative.substring("lib/extensions/".length());
    return file.startsWith("sonar-java-plugin-") || file.startsWith("sonar-java-symbolic-execution-plugin-");
  }

  /** The jar that {@code java -jar} starts. */
  public static Path applicationJar(Path home, String version) {
    return home.resolve("lib/sonar-application-" + version + ".jar");
  }
}
