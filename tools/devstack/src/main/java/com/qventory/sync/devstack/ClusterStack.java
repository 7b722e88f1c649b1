package com.qventory.sync.devstack;

import com.qventory.sync.ebaysim.EbaySimulator;
import com.qventory.sync.ebaysim.SimConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The cluster command ({@code ./run-cluster N}, docs/cluster.md): PostgreSQL (embedded unless
 * POSTGRESQL_URL names one), one ActiveMQ Artemis broker, N WildFly nodes as its clients, Debian's
 * HAProxy in front of them on port 8080, and the eBay simulator pushing to it — the run command's
 * demo, on a cluster. Ctrl+C stops everything.
 *
 * <p>Usage: {@code ClusterStack <wildfly-home> <ear> <artemis-home> <wildfly-config> <state-dir>
 * <nodes>}.
 */
public final class ClusterStack {

  /** Node i's HTTP port is 9080 + 100 i (management 10990 + 100 i). */
  static final int FIRST_OFFSET = 1000;

  private static final int BALANCER_PORT = 8080;

  private final List<AutoCloseable> started = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println(
          "usage: ClusterStack <wildfly-home> <ear> <artemis-home> <wildfly-config> <state-dir>"
              + " <nodes>");
      System.exit(2);
    }
    ClusterStack stack = new ClusterStack();
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "cluster-shutdown"));
    stack.run(
        Path.of(args[0]),
        Path.of(args[1]),
        Path.of(args[2]),
        Path.of(args[3]),
        Path.of(args[4]).toAbsolutePath(),
        Integer.parseInt(args[5]));
  }

  private void run(
      Path wildflyHome, Path ear, Path artemisHome, Path config, Path stateDir, int nodes)
      throws Exception {
    if (!Files.isExecutable(HaproxyBalancer.HAPROXY)) {
      System.err.println(DevStack.LOG + "Needs Debian's haproxy: apt-get install haproxy");
      System.exit(2);
    }
    Map<String, String> environment = DevStack.withDemoDefaults(System.getenv());
    environment.putIfAbsent("QVENTORY_SECURITY_TOKEN_KEY", DevStack.tokenKey(stateDir));
    DevStack.startDatabaseUnlessConfigured(environment, stateDir).ifPresent(started::add);

    int brokerPort = Integer.parseInt(environment.getOrDefault("QVENTORY_BROKER_PORT", "61616"));
    environment.put("QVENTORY_BROKER_PORT", Integer.toString(brokerPort));
    environment.put("QVENTORY_BROKER_USER", ArtemisBroker.USER);
    environment.putIfAbsent("QVENTORY_BROKER_PASSWORD", ArtemisBroker.newPassword());
    // HAProxy reaches the nodes from this machine: its X-Forwarded-For is believed from here only.
    environment.putIfAbsent("QVENTORY_HTTP_TRUSTED_PROXIES", "127.0.0.1, ::1");
    ArtemisBroker broker =
        new ArtemisBroker(
            artemisHome,
            config.resolve("cluster/broker-settings.xml"),
            stateDir.resolve("cluster/broker"),
            brokerPort,
            environment.get("QVENTORY_BROKER_PASSWORD"));
    broker.start();
    started.add(broker);
    System.out.println(DevStack.LOG + "Artemis broker on port " + brokerPort);

    List<URI> urls = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      WildFlyNode node =
          new WildFlyNode(
              wildflyHome,
              ear,
              stateDir.resolve("cluster/node" + (i + 1)),
              FIRST_OFFSET + 100 * i,
              environment);
      node.prepare();
      node.applyCli(config.resolve("cluster/remote-broker.cli"));
      node.start(); // one after the other: the first migrates the schema
      started.add(node);
      urls.add(node.url());
      System.out.println(DevStack.LOG + "Node " + (i + 1) + " up: " + node.url());
    }
    HaproxyBalancer balancer =
        new HaproxyBalancer(stateDir.resolve("cluster/haproxy"), BALANCER_PORT, urls);
    balancer.start();
    started.add(balancer);

    EbaySimulator simulator = EbaySimulator.start(SimConfig.fromEnvironment(environment));
    started.add(simulator);
    String webhook = balancer.url() + "/webhooks/ebay-platform";
    simulator.enableDemoDelivery(webhook);
    System.out.println(DevStack.LOG + "eBay simulator at http://localhost:" + simulator.port());
    System.out.println(
        DevStack.LOG + "Qventory Sync on " + nodes + " nodes behind " + balancer.url() + "/");
    System.out.println(DevStack.LOG + "Press Ctrl+C to stop the cluster.");
    new CountDownLatch(1).await();
  }

  /** Stops what was started, the last first: balancer, nodes, broker, database. */
  private void stop() {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        System.err.println(DevStack.LOG + "Could not stop " + started.get(i) + ": " + e);
      }
    }
  }
}
