package com.qventory.sync.loadgen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The queue's depth over time, as the run sees it: notifications acknowledged (durable on the
 * queue) but not yet settled in the event log, sampled every second from the run's start until it
 * is closed. That is what waits on the queue or is being applied.
 */
final class Backlog implements AutoCloseable {

  /** An event the application is done with, whatever became of it (not waiting, not retrying). */
  static final String SETTLED = "status NOT IN ('RECEIVED', 'FAILED')";

  private final List<Long> samples = new ArrayList<>();
  private final Thread sampler;
  private volatile boolean running = true;

  Backlog(Options options, String itemPrefix, Instant runStart, LongSupplier acknowledged) {
    sampler =
        new Thread(
            () -> {
              try (Connection db =
                      DriverManager.getConnection(
                          options.jdbcUrl(), options.dbUser(), options.dbPassword());
                  PreparedStatement settled =
                      db.prepareStatement(
                          "SELECT count(*) FROM webhook_event WHERE ebay_item_id LIKE ?"
                              + " AND received_at >= ? AND "
                              + SETTLED)) {
                settled.setString(1, itemPrefix + "%");
                settled.setTimestamp(2, Timestamp.from(runStart));
                while (running) {
                  long acked = acknowledged.getAsLong();
                  try (ResultSet row = settled.executeQuery()) {
                    row.next();
                    synchronized (samples) {
                      samples.add(Math.max(0, acked - row.getLong(1)));
                    }
                  }
                  Thread.sleep(1_000);
                }
              } catch (SQLException e) {
                System.err.println("[LOADGEN] Backlog sampling stopped: " + e.getMessage());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "loadgen-backlog");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** One sample a second, oldest first. */
  List<Long> samples() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  long max() {
    return samples().stream().mapToLong(Long::longValue).max().orElse(0);
  }

  /** The samples as a compact series: every {@code step}-th second. */
  String series(int step) {
    List<Long> all = samples();
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < all.size(); i += step) {
      shown.add(Long.toString(all.get(i)));
    }
    return String.join(" · ", shown);
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.interrupt();
    sampler.join(5_000);
  }
}
