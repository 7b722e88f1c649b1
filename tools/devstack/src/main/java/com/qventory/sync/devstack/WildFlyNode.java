package com.qventory.sync.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A WildFly of the provisioned distribution with the built EAR, started and killed as an operator's
 * process would be (by the cluster command and by tests that kill it, which Arquillian could not).
 * Its own base directory keeps the Artemis journal across a kill, exactly like the run command's;
 * its own port offset keeps it apart from the suite's server.
 */
public class WildFlyNode implements AutoCloseable {

  private final Path wildflyHome;
  private final Path ear;
  private final Path baseDir;
  private final int portOffset;
  private final Map<String, String> environment;
  private Process process;

  /**
   * @param wildflyHome the provisioned WildFly
   * @param ear the application, deployed from the base directory
   */
  public WildFlyNode(
      Path wildflyHome, Path ear, Path baseDir, int portOffset, Map<String, String> environment) {
    this.wildflyHome = wildflyHome.toAbsolutePath();
    this.ear = ear.toAbsolutePath();
    this.baseDir = baseDir.toAbsolutePath();
    this.portOffset = portOffset;
    this.environment = Map.copyOf(environment);
  }

  public URI url() {
    return URI.create("http://localhost:" + (8080 + portOffset));
  }

  /** The management interface: metrics, health, the CLI. */
  public URI managementUrl() {
    return URI.create("http://localhost:" + (9990 + portOffset));
  }

  /** A fresh base directory: the provisioned configuration and the EAR, no data yet. */
  public void prepare() throws IOException {
    deleteRecursively(baseDir);
    ServerBaseDirectory.prepare(wildflyHome, ear, baseDir);
  }

  /**
   * Applies a CLI script to this server's configuration (offline, with an embedded server), as the
   * build applies {@code wildfly-config/} to the provisioned one.
   */
  public void applyCli(Path script) throws Exception {
    Path commands = baseDir.resolve("apply.cli");
    Files.writeString(
        commands,
        "embed-server --server-config="
            + ServerBaseDirectory.SERVER_CONFIG
            + " --std-out=discard\n"
            + Files.readString(script)
            + "\nstop-embedded-server\n");
    ProcessBuilder cli =
        new ProcessBuilder(
                List.of(
                    "bash",
                    wildflyHome.resolve("bin/jboss-cli.sh").toString(),
                    "--file=" + commands))
            .redirectErrorStream(true)
            .redirectOutput(baseDir.resolve("apply-cli.log").toFile());
    cli.environment().put("JBOSS_HOME", wildflyHome.toString());
    cli.environment().put("JAVA_OPTS", "-Djboss.server.base.dir=" + baseDir);
    Process process = cli.start();
    if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(
          "The CLI script " + script + " failed; see " + baseDir.resolve("apply-cli.log"));
    }
  }

  /** Starts the server on the base directory as it is and waits until the application answers. */
  public void start() throws Exception {
    launch();
    waitUntilHealthy(consoleLog());
  }

  public Path consoleLog() {
    return baseDir.resolve("console.log");
  }

  /** The first line of the console log that contains {@code text}, once it is there. */
  public String awaitLogLine(String text, Duration timeout) throws Exception {
    return Await.until(timeout, () -> logLine(text))
        .orElseThrow(
            () -> new IllegalStateException("No line with \"" + text + "\" in " + consoleLog()));
  }

  private Optional<String> logLine(String text) throws IOException {
    if (process != null && !process.isAlive()) {
      throw new IllegalStateException("WildFly exited; see " + consoleLog());
    }
    if (!Files.exists(consoleLog())) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(consoleLog())) {
      return lines.filter(line -> line.contains(text)).findFirst();
    } catch (UncheckedIOException partlyWritten) {
      return Optional.empty(); // read again
    }
  }

  /** Starts the server's process without waiting for anything. */
  public void launch() throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    "bash",
                    wildflyHome.resolve("bin/standalone.sh").toString(),
                    "-c",
                    ServerBaseDirectory.SERVER_CONFIG,
                    "-Djboss.server.base.dir=" + baseDir,
                    "-Djboss.socket.binding.port-offset=" + portOffset,
                    // distinct per server, as a cluster's nodes must be (transaction ids)
                    "-Djboss.node.name=qventory-" + portOffset,
                    "-Djboss.tx.node.id=qventory-" + portOffset))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
    builder.environment().putAll(environment);
    builder.environment().put("JBOSS_HOME", wildflyHome.toString());
    process = builder.start();
  }

  private void waitUntilHealthy(Path log) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(url().resolve("/webhooks/platform/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("WildFly exited while starting; see " + log);
      }
      if (logLine("started (with errors)").isPresent()) {
        Optional<String> refusal = logLine("refuses to start");
        throw new IllegalStateException(
            "WildFly started without the application: "
                + (refusal.isPresent() ? refusal : logLine("cannot start")).orElse("")
                + " — see "
                + log);
      }
      try {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notListeningYet) {
        // keep waiting
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("WildFly did not become healthy in 4 minutes; see " + log);
  }

  /** kill -9 of the server's JVM: no shutdown hook, no graceful undeploy, no flush. */
  public void kill() throws InterruptedException {
    List<ProcessHandle> jvms = process.descendants().toList();
    jvms.forEach(ProcessHandle::destroyForcibly); // SIGKILL on Linux
    for (ProcessHandle jvm : jvms) {
      jvm.onExit().join();
    }
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process == null || !process.isAlive()) {
      return;
    }
    List<ProcessHandle> jvms = process.descendants().toList();
    jvms.forEach(ProcessHandle::destroy); // SIGTERM: WildFly shuts down gracefully
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      jvms.forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
  }

  public static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
