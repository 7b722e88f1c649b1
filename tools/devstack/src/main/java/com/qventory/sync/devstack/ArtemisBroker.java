package com.qventory.sync.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A standalone ActiveMQ Artemis broker — Apache's own distribution, which the build unpacks from
 * Maven Central — that a cluster's nodes share (docs/cluster.md): an instance is created with the
 * notification queues, their dead-letter and redelivery settings, and the inventory changes topic,
 * then run as its own process.
 */
public final class ArtemisBroker implements AutoCloseable {

  /** The user the nodes connect as. */
  public static final String USER = "qventory";

  private final Path home;
  private final Path settings;
  private final Path instance;
  private final int port;
  private final String password;
  private Process process;

  /**
   * @param home the unpacked Artemis distribution
   * @param settings the address settings added to the instance's broker.xml
   *     (wildfly-config/cluster/broker-settings.xml)
   * @param password the password of {@link #USER}, the only user: the broker requires a log-in,
   *     since whoever can put a message on the notification queue is believed by every node
   */
  public ArtemisBroker(Path home, Path settings, Path instance, int port, String password) {
    this.home = home.toAbsolutePath();
    this.settings = settings.toAbsolutePath();
    this.instance = instance.toAbsolutePath();
    this.port = port;
    this.password = password;
  }

  /** A password nobody else knows, for a broker of this machine's own. */
  public static String newPassword() {
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  public int port() {
    return port;
  }

  /** Creates the instance (wildfly-config/cluster/broker-settings.xml added) and runs it. */
  public void start() throws Exception {
    WildFlyNode.deleteRecursively(instance);
    run(
        List.of(
            home.resolve("bin/artemis").toString(),
            "create",
            instance.toString(),
            "--user",
            USER,
            "--password",
            password,
            "--require-login",
            "--silent",
            "--no-web",
            "--no-amqp-acceptor",
            "--no-mqtt-acceptor",
            "--no-stomp-acceptor",
            "--no-hornetq-acceptor",
            "--nio",
            "--host",
            "localhost",
            "--default-port",
            Integer.toString(port),
            "--queues",
            "PlatformNotifications:anycast,PlatformNotificationsDLQ:anycast,"
                + "PlatformNotificationsExpired:anycast",
            "--addresses",
            "InventoryChanges:multicast"));
    Path brokerXml = instance.resolve("etc/broker.xml");
    String addressSettings = Files.readString(settings);
    String anchor = "<address-setting match=\"#\">";
    String xml = Files.readString(brokerXml);
    if (!xml.contains(anchor)) {
      throw new IllegalStateException("No catch-all address-setting in " + brokerXml);
    }
    Files.writeString(
        brokerXml, xml.replace(anchor, addressSettings.strip() + "\n         " + anchor));
    process =
        new ProcessBuilder(List.of(instance.resolve("bin/artemis").toString(), "run"))
            .redirectErrorStream(true)
            .redirectOutput(instance.resolve("broker.log").toFile())
            .start();
    Await.until(Duration.ofMinutes(1), this::active)
        .orElseThrow(() -> new IllegalStateException("The broker did not start; see broker.log"));
  }

  private Optional<Boolean> active() throws IOException {
    if (!process.isAlive()) {
      throw new IllegalStateException("The broker exited; see " + instance.resolve("broker.log"));
    }
    Path log = instance.resolve("broker.log");
    return Files.exists(log) && Files.readString(log).contains("AMQ221007")
        ? Optional.of(true)
        : Optional.empty();
  }

  private void run(List<String> command) throws Exception {
    Process create =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!create.waitFor(2, TimeUnit.MINUTES) || create.exitValue() != 0) {
      throw new IllegalStateException("artemis create failed: " + command);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }
}
