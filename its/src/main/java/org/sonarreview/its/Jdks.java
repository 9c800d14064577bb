package org.sonarreview.its;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds the JDK that runs SonarQube 26.x: a full JDK 21 or newer. The JRE in the zip's jres/ lacks jdk.jlink,
 * which Elasticsearch needs. Order: SONAR_JAVA_HOME; JAVA_HOME if it is 21+; the newest JDK in /usr/lib/jvm.
 */
public final class Jdks {

  static final int MINIMUM_FEATURE_VERSION = 21;
  private static final Path DEBIAN_JVM_DIR = Path.of("/usr/lib/jvm");

  private Jdks() {
  }

  public static Path serverJdk() {
    String sonarJavaHome = System.getenv("SONAR_JAVA_HOME");
    if (sonarJavaHome != null && !sonarJavaHome.isBlank()) {
      Path home = Path.of(sonarJavaHome);
      int version = featureVersion(home).orElse(0);
      if (version < MINIMUM_FEATURE_VERSION || !isFullJdk(home)) {
        throw new IllegalStateException("SONAR_JAVA_HOME=" + home + " is not a full JDK " + MINIMUM_FEATURE_VERSION
          + "+ (found feature version " + version + ", jlink present: " + isFullJdk(home) + ")");
      }
      return home;
    }
    String javaHome = System.getenv("JAVA_HOME");
    if (javaHome != null && !javaHome.isBlank() && isSuitable(Path.of(javaHome))) {
      return Path.of(javaHome);
    }
    if (Files.isDirectory(DEBIAN_JVM_DIR)) {
      try (Stream<Path> homes = Files.list(DEBIAN_JVM_DIR)) {
        Optional<Path> newest = homes
          .filter(home -> !Files.isSymbolicLink(home))
          .filter(Jdks::isSuitable)
          .max(Comparator.comparingInt((Path home) -> featureVersion(home).orElse(0)).thenComparing(Path::toString));
        if (newest.isPresent()) {
          return newest.get();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new IllegalStateException("SonarQube 26.x needs a full JDK " + MINIMUM_FEATURE_VERSION + " or newer (with jdk.jlink,"
      + " which Elasticsearch uses), and none was found in SONAR_JAVA_HOME, JAVA_HOME or " + DEBIAN_JVM_DIR
      + ". Install one (for example `apt-get install openjdk-21-jdk-headless`, or a Temurin JDK 21+) or point"
      + " SONAR_JAVA_HOME at it.");
  }

  static boolean isSuitable(Path home) {
    return featureVersion(home).orElse(0) >= MINIMUM_FEATURE_VERSION && isFullJdk(home);
  }

  static boolean isFullJdk(Path home) {
    return Files.isExecutable(home.resolve("bin/java")) && Files.isExecutable(home.resolve("bin/jlink"));
  }

  /** The feature version from the JDK's {@code release} file ({@code JAVA_VERSION="25.0.1"} gives 25). */
  static Optional<Integer> featureVersion(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(release)) {
      properties.load(in);
    } catch (IOException e) {
      return Optional.empty();
    }
    String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
    String feature = version.startsWith("1.") ? version.substring(2) : version;
    int end = 0;
    while (end < feature.length() && Character.isDigit(feature.charAt(end))) {
      end++;
    }
    return end == 0 ? Optional.empty() : Optional.of(Integer.parseInt(feature.substring(0, end)));
  }
}
