package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.devstack.EmbeddedDatabase;
import com.qventory.sync.it.support.Bursts;
import com.qventory.sync.it.support.ManagementCli;
import com.qventory.sync.it.support.StandaloneServer;
import com.qventory.sync.it.support.TestSimulator;
import com.qventory.sync.loadgen.LoadGenerator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The guarantees under the faults an operator fears during a burst, on a server and database of
 * their own: a kill -9 of WildFly with a backlog, a frozen PostgreSQL, a restarted PostgreSQL.
 * Every notification that got a 200 is applied, and none twice (the load generator's {@link
 * Audit}); while the database is frozen the webhook goes on acknowledging.
 */
class FaultToleranceIT {

  /** HTTP 8380: beside the suite's server (offset 100) and a running ./run (none). */
  private static final int PORT_OFFSET = 300;

  private static final Path WORK = Path.of("target/fault-tolerance");

  private static EmbeddedDatabase database;
  private static StandaloneServer server;

  @BeforeAll
  static void startServerAndDatabase() throws Exception {
    StandaloneServer.deleteRecursively(WORK);
    database =
        EmbeddedDatabase.start(
            Integer.parseInt(System.getProperty("qventory.it.fault-postgresql.port")),
            "qventory",
            Optional.of(WORK.resolve("postgres").toAbsolutePath()));
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.put("POSTGRESQL_URL", database.jdbcUrl());
    environment.put("POSTGRESQL_USER", EmbeddedDatabase.SUPERUSER);
    environment.put("POSTGRESQL_PASSWORD", "embedded");
    server = new StandaloneServer(WORK.resolve("wildfly"), PORT_OFFSET, environment);
    server.prepare();
    server.start();
  }

  @AfterAll
  static void stopServerAndDatabase() throws Exception {
    if (server != null) {
      server.close();
    }
    if (database != null) {
      database.close();
    }
  }

  /**
   * A real backlog at the kill: the queue's consumers are paused first, so that hundreds of
   * acknowledged notifications exist only in the broker's journal when the server dies — a webhook
   * that answered before the message was durable would lose them. After the restart every one is
   * applied, once.
   */
  @Test
  void killingTheServerWithABacklogLosesNoAcknowledgedNotificationAndAppliesNoneTwice()
      throws Exception {
    ManagementCli.run(management(), ManagementCli.QUEUES + "PlatformNotifications:pause");
    LoadGenerator.Burst burst =
        LoadGenerator.burst(Bursts.options(server.url(), database, 10), TestSimulator.keyset());
    Bursts.awaitAtLeast("acknowledgements before the kill", burst::acknowledged, 300);

    server.kill();
    long acknowledgedAtKill = burst.acknowledged();
    long appliedAtKill = eventsOf(burst);
    Bursts.awaitAtLeast("requests failing while the server is down", burst::failed, 1);
    LoadGenerator.Outcome outcome = burst.await();
    server.start(); // the same base directory: Artemis finds its journal
    ManagementCli.run(management(), ManagementCli.QUEUES + "PlatformNotifications:resume");

    assertFalse(outcome.errors().isEmpty(), "the server was down for part of the burst");
    assertTrue(
        acknowledgedAtKill - appliedAtKill >= 250,
        "a backlog at the kill: "
            + acknowledgedAtKill
            + " acknowledged, "
            + appliedAtKill
            + " applied");
    Bursts.assertAppliedExactlyOnce(database, burst, outcome);
    assertTrue(eventsOf(burst) >= acknowledgedAtKill, "the backlog was applied after the restart");
  }

  /** Notifications of {@code burst} that reached the event log (processing writes the row). */
  private static long eventsOf(LoadGenerator.Burst burst) throws Exception {
    try (Connection db =
            DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.SUPERUSER, "");
        PreparedStatement count =
            db.prepareStatement("SELECT count(*) FROM webhook_event WHERE ebay_item_id LIKE ?")) {
      count.setString(1, burst.itemPrefix() + "%");
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static URI management() {
    return server.managementUrl();
  }

  @Test
  void aFrozenDatabaseStopsNoAcknowledgementAndLosesNothing() throws Exception {
    LoadGenerator.Burst burst =
        LoadGenerator.burst(Bursts.options(server.url(), database, 10), TestSimulator.keyset());
    Bursts.awaitAtLeast("acknowledgements before the freeze", burst::acknowledged, 100);

    List<Long> postgres = postgresProcesses();
    signal("-STOP", postgres);
    long acknowledgedAtFreeze = burst.acknowledged();
    try {
      // Three seconds' worth of the burst acknowledged with every PostgreSQL process stopped.
      Bursts.awaitAtLeast(
          "acknowledgements while PostgreSQL is frozen",
          () -> burst.acknowledged() - acknowledgedAtFreeze,
          180);
    } finally {
      signal("-CONT", postgres);
    }
    LoadGenerator.Outcome outcome = burst.await();

    assertEquals(Map.of(), outcome.errors(), "not one request refused or timed out");
    assertEquals(outcome.sent(), outcome.acknowledged().size());
    Bursts.assertAppliedExactlyOnce(database, burst, outcome);
  }

  /**
   * PostgreSQL restarted under load (shut down, every pooled connection cut, started again on its
   * data): the webhook goes on acknowledging while it is away, and processing takes up again by
   * itself once it is back — nothing lost, nothing applied twice.
   */
  @Test
  void aRestartedDatabaseStopsNoAcknowledgementAndProcessingResumesByItself() throws Exception {
    LoadGenerator.Burst burst =
        LoadGenerator.burst(Bursts.options(server.url(), database, 12), TestSimulator.keyset());
    Bursts.awaitAtLeast("acknowledgements before the restart", burst::acknowledged, 100);

    int port = database.port();
    database.close();
    long acknowledgedAtStop = burst.acknowledged();
    Bursts.awaitAtLeast(
        "acknowledgements while PostgreSQL is down",
        () -> burst.acknowledged() - acknowledgedAtStop,
        120);
    database =
        EmbeddedDatabase.start(
            port, "qventory", Optional.of(WORK.resolve("postgres").toAbsolutePath()));
    LoadGenerator.Outcome outcome = burst.await();

    assertEquals(Map.of(), outcome.errors(), "not one request refused or timed out");
    assertEquals(outcome.sent(), outcome.acknowledged().size());
    Bursts.assertAppliedExactlyOnce(database, burst, outcome);
  }

  /** The postmaster (its pid file's first line) and every backend and helper under it. */
  private static List<Long> postgresProcesses() throws IOException {
    Path pidFile = WORK.resolve("postgres/postmaster.pid");
    long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
    List<Long> pids = new ArrayList<>();
    pids.add(postmaster);
    ProcessHandle.of(postmaster)
        .orElseThrow(() -> new IllegalStateException("No PostgreSQL process " + postmaster))
        .descendants()
        .forEach(process -> pids.add(process.pid()));
    return pids;
  }

  private static void signal(String signal, List<Long> pids) throws Exception {
    List<String> command = new ArrayList<>(List.of("kill", signal));
    pids.forEach(pid -> command.add(Long.toString(pid)));
    Process kill = new ProcessBuilder(command).inheritIO().start();
    assertEquals(0, kill.waitFor(), "kill " + signal + " " + pids);
  }
}
