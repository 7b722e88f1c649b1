package com.qventory.sync.devstack;

import com.qventory.sync.ebaysim.EbaySimulator;
import com.qventory.sync.ebaysim.Keyset;
import com.qventory.sync.ebaysim.SimConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The run command: starts an embedded PostgreSQL unless {@code POSTGRESQL_URL} names one, then the
 * provisioned WildFly with the EAR deployed, and stops both again on Ctrl+C or SIGTERM.
 *
 * <p>Usage: {@code DevStack <wildfly-home> <ear-file> <state-dir>}. The state directory keeps the
 * demo database and WildFly's data (Artemis journal, logs) between runs.
 */
public final class DevStack {

  /**
   * Demo settings of the run command; every one can be overridden from the environment. Development
   * mode, because production mode refuses the demo keyset, the demo password and http URLs.
   */
  static final Map<String, String> DEMO_DEFAULTS =
      Map.of(
          "QVENTORY_MODE", "development",
          "QVENTORY_ADMIN_USERNAME", "admin",
          "QVENTORY_ADMIN_INITIAL_PASSWORD", "demo-admin-password",
          // eBay's JSON Notification API validates our endpoint with it (production refuses it)
          "EBAY_VERIFICATION_TOKEN", "demo-verification-token-0123456789abcdef");

  /**
   * The simulator's made-up eBay keyset, used only when the environment names no eBay key at all,
   * so that the application and the simulator always agree.
   */
  static final Map<String, String> DEMO_KEYSET =
      Map.of(
          "EBAY_DEV_ID", Keyset.DEMO.devId(),
          "EBAY_CLIENT_ID", Keyset.DEMO.appId(),
          "EBAY_CERT_ID", Keyset.DEMO.certId(),
          "EBAY_RU_NAME", Keyset.DEMO.ruName());

  /** The demo settings, plus the demo keyset unless the environment has eBay keys of its own. */
  static Map<String, String> withDemoDefaults(Map<String, String> environment) {
    Map<String, String> effective = new HashMap<>(environment);
    DEMO_DEFAULTS.forEach(effective::putIfAbsent);
    boolean ownKeys =
        Stream.of("EBAY_DEV_ID", "EBAY_CLIENT_ID", "EBAY_CERT_ID", "EBAY_CLIENT_SECRET")
            .anyMatch(environment::containsKey);
    if (!ownKeys) {
      effective.putAll(DEMO_KEYSET);
    }
    return effective;
  }

  static final String LOG = "[DEVSTACK] ";
  private static final String WEBHOOK_URL = "http://localhost:8080/webhooks/ebay-platform";
  private static final Duration STOP_GRACE = Duration.ofSeconds(60);

  private final Path wildflyHome;
  private final Path ear;
  private final Path stateDir;
  private volatile EmbeddedDatabase database;
  private volatile Process wildfly;
  private volatile EbaySimulator simulator;

  private DevStack(Path wildflyHome, Path ear, Path stateDir) {
    this.wildflyHome = wildflyHome;
    this.ear = ear;
    this.stateDir = stateDir;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: DevStack <wildfly-home> <ear-file> <state-dir>");
      System.exit(2);
    }
    DevStack stack =
        new DevStack(
            Path.of(args[0]).toAbsolutePath(),
            Path.of(args[1]).toAbsolutePath(),
            Path.of(args[2]).toAbsolutePath());
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "devstack-shutdown"));
    System.exit(stack.run());
  }

  private int run() throws IOException, InterruptedException {
    Map<String, String> environment = withDemoDefaults(System.getenv());
    environment.putIfAbsent("QVENTORY_SECURITY_TOKEN_KEY", tokenKey(stateDir));
    try {
      database = startDatabaseUnlessConfigured(environment, stateDir).orElse(null);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println(LOG + e.getMessage());
      return 2;
    }

    simulator = EbaySimulator.start(SimConfig.fromEnvironment(environment));
    simulator.enableDemoDelivery(WEBHOOK_URL);
    System.out.println(
        LOG
            + "eBay simulator at http://localhost:"
            + simulator.port()
            + "/ (seller "
            + EbaySimulator.DEMO_SELLER
            + ", pushing to "
            + WEBHOOK_URL
            + ")");

    Path baseDir = prepareServerBaseDir();
    // setsid: a Ctrl+C in the terminal reaches only this launcher, which then stops WildFly
    // first and the database after it, instead of both dying at once.
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    "setsid",
                    "bash",
                    wildflyHome.resolve("bin/standalone.sh").toString(),
                    "-c",
                    ServerBaseDirectory.SERVER_CONFIG,
                    "-Djboss.server.base.dir=" + baseDir))
            .inheritIO();
    builder.environment().clear();
    builder.environment().putAll(environment);
    wildfly = builder.start();
    announceWhenReady(environment);
    return wildfly.waitFor();
  }

  /**
   * Starts an embedded PostgreSQL (in {@code stateDir/postgres}, port QVENTORY_DEV_DB_PORT) unless
   * POSTGRESQL_URL names a database, and puts its settings into {@code environment}.
   *
   * @return the embedded database, or empty when an external one is used
   * @throws IllegalArgumentException when the external database's settings are incomplete
   */
  static Optional<EmbeddedDatabase> startDatabaseUnlessConfigured(
      Map<String, String> environment, Path stateDir) throws IOException {
    if (environment.get("POSTGRESQL_URL") == null) {
      int port = Integer.parseInt(environment.getOrDefault("QVENTORY_DEV_DB_PORT", "15432"));
      System.out.println(
          LOG + "No POSTGRESQL_URL set: starting embedded PostgreSQL on port " + port);
      EmbeddedDatabase database =
          EmbeddedDatabase.start(port, "qventory", Optional.of(stateDir.resolve("postgres")));
      environment.put("POSTGRESQL_URL", database.jdbcUrl());
      environment.put("POSTGRESQL_USER", EmbeddedDatabase.SUPERUSER);
      // Trust authentication ignores it, but the datasource requires a non-empty password.
      environment.put("POSTGRESQL_PASSWORD", "embedded");
      System.out.println(LOG + "PostgreSQL ready at " + database.jdbcUrl());
      return Optional.of(database);
    }
    for (String required : List.of("POSTGRESQL_USER", "POSTGRESQL_PASSWORD")) {
      if (environment.getOrDefault(required, "").isEmpty()) {
        throw new IllegalArgumentException(
            "POSTGRESQL_URL is set, so " + required + " must be set too");
      }
    }
    System.out.println(
        LOG + "Using the external PostgreSQL at " + environment.get("POSTGRESQL_URL"));
    return Optional.empty();
  }

  /**
   * The key that encrypts the demo's eBay tokens, made once and kept in the state directory so that
   * tokens survive restarts of the run command (production sets its own).
   */
  static String tokenKey(Path stateDir) throws IOException {
    Path file = stateDir.resolve("token.key");
    if (!Files.exists(file)) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Files.createDirectories(stateDir);
      Files.writeString(file, Base64.getEncoder().encodeToString(key));
    }
    return Files.readString(file).strip();
  }

  /**
   * WildFly's base directory for the run command, kept apart from the server's own {@code
   * standalone/} so that the test suite, which deploys through Arquillian, never finds this
   * deployment there.
   */
  private Path prepareServerBaseDir() throws IOException {
    Path baseDir = stateDir.resolve("wildfly");
    ServerBaseDirectory.prepare(wildflyHome, ear, baseDir);
    return baseDir;
  }

  private void announceWhenReady(Map<String, String> environment) {
    Thread watcher =
        new Thread(
            () -> {
              HttpClient client =
                  HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
              HttpRequest health =
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:8080/webhooks/platform/health"))
                      .timeout(Duration.ofSeconds(5))
                      .build();
              long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
              while (System.nanoTime() < deadline && wildfly.isAlive()) {
                try {
                  HttpResponse<String> response =
                      client.send(health, HttpResponse.BodyHandlers.ofString());
                  if (response.statusCode() == 200) {
                    System.out.println();
                    System.out.println(LOG + "Qventory Sync is up: http://localhost:8080/");
                    System.out.println(
                        LOG
                            + "Admin login: "
                            + environment.get("QVENTORY_ADMIN_USERNAME")
                            + " (initial password from QVENTORY_ADMIN_INITIAL_PASSWORD; the demo"
                            + " default is in README.md)");
                    System.out.println(LOG + "Press Ctrl+C to stop WildFly and the database.");
                    return;
                  }
                } catch (IOException e) {
                  // not listening yet
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                sleepQuietly(Duration.ofSeconds(1));
              }
            },
            "devstack-ready-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** Stops WildFly (gracefully, then forcibly with everything it started) and the database. */
  private void stop() {
    Process server = wildfly;
    if (server != null && server.isAlive()) {
      System.out.println(LOG + "Stopping WildFly");
      // SIGTERM to the JVM under standalone.sh: WildFly shuts down gracefully and the script ends.
      List<ProcessHandle> descendants = server.descendants().toList();
      if (descendants.isEmpty()) {
        server.destroy();
      } else {
        descendants.forEach(ProcessHandle::destroy);
      }
      awaitExit(server.toHandle(), descendants);
    }
    EbaySimulator sim = simulator;
    if (sim != null) {
      sim.close();
    }
    EmbeddedDatabase db = database;
    if (db != null) {
      System.out.println(LOG + "Stopping PostgreSQL");
      try {
        db.close();
      } catch (IOException e) {
        System.err.println(LOG + "PostgreSQL did not stop cleanly: " + e.getMessage());
      }
    }
  }

  private static void awaitExit(ProcessHandle server, List<ProcessHandle> descendants) {
    long deadline = System.nanoTime() + STOP_GRACE.toNanos();
    Stream.concat(Stream.of(server), descendants.stream())
        .forEach(
            process -> {
              long left = deadline - System.nanoTime();
              try {
                process.onExit().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
              } catch (Exception timeoutOrInterrupt) {
                System.err.println(LOG + "Killing process " + process.pid());
                process.destroyForcibly();
              }
            });
  }

  private static void sleepQuietly(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
