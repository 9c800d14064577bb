package org.sonarreview.its;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/** What Maven wrote into build.properties when this module was built: paths and pinned versions. */
public final class BuildInfo {

  private static final Properties PROPERTIES = load();

  private BuildInfo() {
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      if (in == null) {
        throw new IllegalStateException("build.properties is missing: build the its module with Maven first");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  /** A value, overridable with a system property of the same name. */
  public static String get(String key) {
    String value = System.getProperty(key, PROPERTIES.getProperty(key));
    if (value == null || value.isBlank() || value.startsWith("${")) {
      throw new IllegalStateException("build.properties has no value for '" + key + "': rebuild the its module with Maven");
    }
    return value;
  }

  public static Path path(String key) {
    return Path.of(get(key));
  }

  public static Path pluginJar() {
    return path("plugin.jar");
  }

  public static Path itsBaseDir() {
    return path("its.basedir");
  }

  public static Path buildDir() {
    return path("its.build.directory");
  }

  public static Path localRepository() {
    return path("maven.repo.local");
  }

  /** The mvn launcher of the Maven that built this module, else the one on the PATH. */
  public static String mvn() {
    Path mvn = path("maven.home").resolve("bin/mvn");
    return mvn.toFile().canExecute() ? mvn.toString() : "mvn";
  }
}
