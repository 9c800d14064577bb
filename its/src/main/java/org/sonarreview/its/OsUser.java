package org.sonarreview.its;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

/**
 * Elasticsearch refuses to run as root, and CI runs as root. As root, the server runs as an unprivileged system user
 * that owns the server directory.
 */
public final class OsUser {

  /** The unprivileged system user that runs SonarQube when we are root. */
  public static final String SERVICE_USER = System.getProperty("review.service.user", "sonarreview");

  private OsUser() {
  }

  public static boolean isRoot() {
    return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
  }

  /** Creates the system user unless it exists. */
  public static void ensureServiceUser() {
    if (Processes.output(List.of("id", "-u", SERVICE_USER)) != null) {
      return;
    }
    Log.info("Creating the unprivileged system user '" + SERVICE_USER + "' that runs SonarQube (Elasticsearch refuses root)");
    String result = Processes.output(List.of("useradd", "--system", "--user-group", "--no-create-home",
      "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", SERVICE_USER));
    if (result == null || Processes.output(List.of("id", "-u", SERVICE_USER)) == null) {
      throw new IllegalStateException("Cannot create the system user '" + SERVICE_USER + "' that must run SonarQube"
        + " (Elasticsearch refuses root). Create it once with: useradd --system --user-group --no-create-home"
        + " --shell /usr/sbin/nologin " + SERVICE_USER);
    }
  }

  /** chown -R, and a check that the user can reach the directory through its ancestors. */
  public static void giveTo(Path dir) {
    Processes.run(List.of("chown", "-R", SERVICE_USER + ":" + SERVICE_USER, dir.toString()), dir, null);
    for (Path ancestor = dir.toAbsolutePath().getParent(); ancestor != null; ancestor = ancestor.getParent()) {
      try {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(ancestor);
        if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
          throw new IllegalStateException("The user '" + SERVICE_USER + "' cannot reach " + dir + ": " + ancestor
            + " is not searchable by others (chmod o+x " + ancestor + ", or put the server elsewhere)");
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
