package com.qventory.sync.it.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the server's database connections while a test runs and keeps the longest time any of
 * them sat idle inside a transaction: a transaction left open while the server waits for eBay shows
 * up as exactly that.
 */
public final class OpenTransactions implements AutoCloseable {

  private static final String LONGEST_IDLE_MILLIS =
      "SELECT coalesce(max(extract(epoch FROM now() - state_change) * 1000), 0)::bigint"
          + " FROM pg_stat_activity"
          + " WHERE application_name = 'qventory-sync' AND state = 'idle in transaction'";

  private final AtomicLong longestMillis = new AtomicLong();
  private final Thread watcher;
  private volatile boolean watching = true;
  private volatile SQLException failure;

  private OpenTransactions() {
    watcher = new Thread(this::sample, "open-transaction-watcher");
    watcher.setDaemon(true);
  }

  /** How long a connection may sit in a transaction before it counts as waiting for something. */
  public static final Duration LONGEST_ALLOWED = Duration.ofSeconds(2);

  /**
   * Does {@code work} while watching, and fails when a connection sat idle inside a transaction for
   * {@link #LONGEST_ALLOWED} or longer meanwhile.
   *
   * @return what the work returned
   */
  public static <T> T noneWaitsWhile(Callable<T> work) throws Exception {
    T result;
    Duration longest;
    try (OpenTransactions open = watch()) {
      result = work.call();
      longest = open.longestIdle();
    }
    if (longest.compareTo(LONGEST_ALLOWED) >= 0) {
      throw new AssertionError(
          "A transaction sat open for " + longest + " (while eBay answered, most likely)");
    }
    return result;
  }

  /** Starts watching; {@link #close} stops. */
  public static OpenTransactions watch() {
    OpenTransactions watch = new OpenTransactions();
    watch.watcher.start();
    return watch;
  }

  /** The longest any connection was seen idle inside a transaction so far. */
  public Duration longestIdle() throws SQLException {
    if (failure != null) {
      throw failure;
    }
    return Duration.ofMillis(longestMillis.get());
  }

  private void sample() {
    try (Connection connection = TestDatabase.connect();
        Statement statement = connection.createStatement()) {
      while (watching) {
        try (ResultSet result = statement.executeQuery(LONGEST_IDLE_MILLIS)) {
          result.next();
          longestMillis.accumulateAndGet(result.getLong(1), Math::max);
        }
        Thread.sleep(100);
      }
    } catch (SQLException e) {
      failure = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    watching = false;
    watcher.join(5_000);
  }
}
