package org.sonarreview.its;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A local SonarQube with our plugin, on its embedded database, listening on loopback only. Used by the integration
 * tests and by the run command.
 */
public final class SonarServer implements AutoCloseable {

  /** Written beside the server while it runs: pid and URL, for the stop subcommand and for a second run command. */
  public static final String STATE_FILE = "review-server.properties";
  private static final long START_TIMEOUT_SECONDS = 600;
  private static final long STOP_GRACE_SECONDS = 120;

  private final String version;
  private final Path home;
  private Process process;
  private String url;
  private Thread shutdownHook;
  private MemorySampler memory;

  private SonarServer(String version, Path home) {
    this.version = version;
    this.home = home;
  }

  /**
   * Resolves and unzips {@code version} under {@code parentDir} (reusing an earlier unzip) and installs {@code pluginJar}.
   * With {@code freshData}, the database, search index, logs and temp files of an earlier start are removed.
   */
  public static SonarServer prepare(String version, Path parentDir, Path pluginJar, boolean freshData, boolean quiet) {
    long start = System.nanoTime();
    Path zip = Distribution.resolveZip(version, quiet);
    Timings.record("resolve zip " + version, System.nanoTime() - start);
    Path home = Distribution.unzip(zip, parentDir, version);
    SonarServer server = new SonarServer(version, home);
    server.install(pluginJar, freshData);
    return server;
  }

  /** The server directory of {@code version} under {@code parentDir}, whether or not it exists. */
  public static Path homeOf(Path parentDir, String version) {
    return parentDir.resolve("sonarqube-" + version);
  }

  public Path home() {
    return home;
  }

  public String version() {
    return version;
  }

  public String url() {
    return url;
  }

  private void install(Path pluginJar, boolean freshData) {
    if (!Files.isRegularFile(pluginJar)) {
      throw new IllegalStateException("The plugin jar " + pluginJar + " does not exist: build it first (mvn -DskipTests install)");
    }
    try {
      if (freshData) {
        for (String dir : List.of("data", "temp", "logs")) {
          Path path = home.resolve(dir);
          if (Files.isDirectory(path)) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
              for (Path child : children) {
                if (!child.getFileName().toString().equals("README.txt")) {
                  FileUtil.deleteRecursively(child);
                }
              }
            }
          }
        }
      }
      Path plugins = home.resolve("extensions/plugins");
      Files.createDirectories(plugins);
      try (DirectoryStream<Path> jars = Files.newDirectoryStream(plugins, "sonar-review-plugin-*.jar")) {
        for (Path jar : jars) {
          Files.delete(jar);
        }
      }
      Files.copy(pluginJar, plugins.resolve(pluginJar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server and waits until it is UP. */
  public SonarServer start() {
    if (process != null) {
      throw new IllegalStateException("Already started");
    }
    Optional<RunningServer> running = RunningServer.read(home);
    if (running.isPresent()) {
      throw new IllegalStateException("A server started by the review harness is already running from " + home
        + " (pid " + running.get().pid() + ", " + running.get().url() + "): stop it first with `its/review stop`");
    }
    Path jdk = Jdks.serverJdk();
    int webPort = freePort();
    int dbPort = freePort();
    url = "http://127.0.0.1:" + webPort;
    configure(webPort, dbPort);

    List<String> command = new ArrayList<>();
    // A session of its own: Ctrl-C in a terminal reaches the harness, which stops the server in order.
    command.add("setsid");
    if (OsUser.isRoot()) {
      OsUser.ensureServiceUser();
      OsUser.giveTo(home);
      command.addAll(List.of("setpriv", "--reuid=" + OsUser.SERVICE_USER, "--regid=" + OsUser.SERVICE_USER, "--init-groups", "--"));
    }
    command.add(jdk.resolve("bin/java").toString());
    command.add("-jar");
    command.add(home.relativize(Distribution.applicationJar(home, version)).toString());

    Log.info("Starting SonarQube " + version + " at " + url + " with " + jdk + " (logs in " + home.resolve("logs") + ")");
    long start = System.nanoTime();
    try {
      Files.createDirectories(home.resolve("logs"));
      ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("logs/console.log").toFile()));
      builder.environment().put("HOME", home.toString());
      builder.environment().put("JAVA_HOME", jdk.toString());
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start SonarQube: " + e.getMessage(), e);
    }
    shutdownHook = new Thread(this::stopQuietly, "stop-sonarqube-" + version);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    memory = new MemorySampler(process.toHandle(), "sonarqube-" + version);
    RunningServer.write(home, process.pid(), url);

    waitUntilUp(start);
    Timings.record("start-up " + version, System.nanoTime() - start);
    return this;
  }

  private void waitUntilUp(long startNanos) {
    SonarApi anonymous = SonarApi.anonymous(url);
    long deadline = startNanos + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    String status = "DOWN";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("SonarQube " + version + " exited with code " + process.exitValue()
          + " before it was UP.\n" + logTails());
      }
      status = anonymous.tryGet("/api/system/status", json -> json.path("status").asText(), "DOWN");
      if (status.equals("UP")) {
        return;
      }
      if (status.equals("DB_MIGRATION_NEEDED") || status.equals("DB_MIGRATION_RUNNING")) {
        throw new IllegalStateException("SonarQube " + version + " reports " + status + ": its data comes from another version");
      }
      sleep(1000);
    }
    stopQuietly();
    throw new IllegalStateException("SonarQube " + version + " was not UP after " + START_TIMEOUT_SECONDS + " s (last status "
      + status + ").\n" + logTails());
  }

  /** The last lines of every server log, for failure messages. */
  public String logTails() {
    StringBuilder out = new StringBuilder();
    for (String log : List.of("console.log", "sonar.log", "es.log", "web.log", "ce.log")) {
      out.append("--- ").append(home.resolve("logs").resolve(log)).append(" ---\n")
        .append(Processes.tail(home.resolve("logs").resolve(log), 40)).append('\n');
    }
    return out.toString();
  }

  private void configure(int webPort, int dbPort) {
    Path conf = home.resolve("conf/sonar.properties");
    String appended = String.join("\n",
      "",
      "# Added by the sonar-review harness: loopback only, free ports, no outbound calls.",
      "sonar.web.host=127.0.0.1",
      "sonar.web.port=" + webPort,
      "sonar.search.host=127.0.0.1",
      "sonar.search.port=0",
      "sonar.embeddedDatabase.port=" + dbPort,
      "sonar.telemetry.enable=false",
      "sonar.updatecenter.activate=false",
      "sonar.forceRedirectOnDefaultAdminCredentials=false",
      "");
    try {
      // Always from the pristine file, so that restarts do not pile up settings.
      Files.copy(home.resolve("conf/sonar.properties.orig"), conf, StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(conf, appended, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An API client logged in with the default admin credentials (the API accepts them; only the browser is redirected). */
  public SonarApi adminApi() {
    return SonarApi.withLogin(url, "admin", "admin");
  }

  /** A new user token of admin, through POST /api/user_tokens/generate. */
  public String generateToken(String name) {
    JsonNode response = adminApi().post("/api/user_tokens/generate", "name", name + "-" + System.currentTimeMillis());
    return response.path("token").asText();
  }

  public long peakMemoryMb() {
    return memory == null ? 0 : memory.peakMb();
  }

  /** Blocks until the server exits (the stop subcommand, or Ctrl-C through the shutdown hook). */
  public int waitForExit() throws InterruptedException {
    return process.waitFor();
  }

  /** SIGTERM, then a wait for the server and every process it started; SIGKILL for what outlives the grace period. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    long start = System.nanoTime();
    Log.info("Stopping SonarQube " + version + " (pid " + process.pid() + ")");
    Processes.stopTree(process.toHandle(), STOP_GRACE_SECONDS);
    if (memory != null) {
      memory.close();
      Timings.recordValue("peak server memory (RSS, all JVMs) " + version, memory.peakMb() + " MB");
    }
    RunningServer.delete(home);
    process = null;
    Timings.record("stop " + version, System.nanoTime() - start);
    if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down
      }
    }
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (RuntimeException e) {
      Log.info("Could not stop SonarQube cleanly: " + e);
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  /** The state file of a server started by the harness: its pid and URL. */
  public record RunningServer(long pid, String url) {

    static void write(Path home, long pid, String url) {
      Properties properties = new Properties();
      properties.setProperty("pid", Long.toString(pid));
      properties.setProperty("url", url);
      try (OutputStream out = Files.newOutputStream(home.resolve(STATE_FILE))) {
        properties.store(out, "A SonarQube started by the sonar-review harness");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The server recorded in {@code home}, if its process still runs. */
    public static Optional<RunningServer> read(Path home) {
      Path file = home.resolve(STATE_FILE);
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        properties.load(in);
      } catch (IOException e) {
        return Optional.empty();
      }
      long pid = Long.parseLong(properties.getProperty("pid", "-1"));
      boolean alive = ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .flatMap(handle -> handle.info().commandLine())
        .filter(commandLine -> commandLine.contains("sonar-application"))
        .isPresent();
      return alive ? Optional.of(new RunningServer(pid, properties.getProperty("url"))) : Optional.empty();
    }

    static void delete(Path home) {
      try {
        Files.deleteIfExists(home.resolve(STATE_FILE));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Stops the recorded server: SIGTERM, and a wait for its whole process tree. */
    public void stop() {
      ProcessHandle.of(pid).ifPresent(handle -> Processes.stopTree(handle, STOP_GRACE_SECONDS));
    }
  }
}
