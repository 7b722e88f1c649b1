package com.qventory.sync.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A standalone ActiveMQ Artemis broker — Apache's own distribution, which the build unpacks from
 * Maven Central — that a cluster's nodes share (README "Scaling out"): an instance is created with
 * the notification queues, their dead-letter and redelivery settings, and the inventory changes
 * topic, then run as its own process.
 */
final class ArtemisBroker implements AutoCloseable {

  private final Path home = Path.of(System.getProperty("qventory.artemis.home"));
  private final Path instance;
  private final int port;
  private Process process;

  ArtemisBroker(Path instance, int port) {
    this.instance = instance.toAbsolutePath();
    this.port = port;
  }

  int port() {
    return port;
  }

  /** Creates the instance (wildfly-config/cluster/broker-settings.xml added) and runs it. */
  void start() throws Exception {
    StandaloneServer.deleteRecursively(instance);
    run(
        List.of(
            home.resolve("bin/artemis").toString(),
            "create",
            instance.toString(),
            "--user",
            "qventory",
            "--password",
            "qventory-broker",
            "--allow-anonymous",
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
    String settings =
        Files.readString(
            Path.of(System.getProperty("qventory.wildfly-config"))
                .resolve("cluster/broker-settings.xml"));
    String anchor = "<address-setting match=\"#\">";
    String xml = Files.readString(brokerXml);
    if (!xml.contains(anchor)) {
      throw new IllegalStateException("No catch-all address-setting in " + brokerXml);
    }
    Files.writeString(brokerXml, xml.replace(anchor, settings.strip() + "\n         " + anchor));
    process =
        new ProcessBuilder(List.of(instance.resolve("bin/artemis").toString(), "run"))
            .redirectErrorStream(true)
            .redirectOutput(instance.resolve("broker.log").toFile())
            .start();
    TestDatabase.await(Duration.ofMinutes(1), this::active)
        .orElseThrow(() -> new AssertionError("The broker did not start; see broker.log"));
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
