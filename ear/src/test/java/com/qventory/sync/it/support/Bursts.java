package com.qventory.sync.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.devstack.EmbeddedDatabase;
import com.qventory.sync.loadgen.Audit;
import com.qventory.sync.loadgen.LoadGenerator;
import com.qventory.sync.loadgen.Options;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** The fault tests' burst: its options, waiting for its counters, and the audit after it. */
public final class Bursts {

  private Bursts() {}

  /** 60 notifications a second for {@code seconds} over 200 listings of 4 sellers, open loop. */
  public static Options options(URI url, EmbeddedDatabase database, int seconds) {
    return Options.parse(
        new String[] {
          "--url", url.toString(),
          "--jdbc", database.jdbcUrl(),
          "--db-user", EmbeddedDatabase.SUPERUSER,
          "--db-password", "embedded",
          "--sellers", "4",
          "--items", "50",
          "--rate", "60",
          "--seconds", Integer.toString(seconds),
          "--connections", "16"
        });
  }

  /** Waits until {@code value} reaches {@code atLeast}, or fails after 60 s. */
  public static void awaitAtLeast(String what, LongSupplier value, long atLeast) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (value.getAsLong() < atLeast) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Timed out waiting for " + what + ": " + value.getAsLong() + " of " + atLeast);
      }
      Thread.sleep(20);
    }
  }

  /** Every acknowledged notification of the burst applied, and none twice. */
  public static void assertAppliedExactlyOnce(
      EmbeddedDatabase database, LoadGenerator.Burst burst, LoadGenerator.Outcome outcome)
      throws Exception {
    try (Connection db =
        DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.SUPERUSER, "")) {
      Audit audit =
          Audit.awaitSettled(db, burst.itemPrefix(), outcome.acknowledged(), Duration.ofMinutes(3));
      assertTrue(audit.clean(), audit.toString());
    }
  }
}
