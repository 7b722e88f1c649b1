package com.qventory.sync.loadgen;

import com.qventory.sync.ebaysim.Keyset;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Plays eBay under load against a running server and reports what it sees: signed notifications at
 * a target rate, open loop (each latency counts from when the request was due, so a stalled server
 * cannot hide its stall — no coordinated omission), or flat out; acknowledgement latency (due →
 * 200); notification → item committed, from the event log the application writes; the same
 * machine's HTTP and PostgreSQL ceilings; the server's CPU and memory.
 */
public final class LoadGenerator {

  /**
   * Runs the sweep of {@code options} ({@link Options#isSweep}): a step per offered rate and per
   * connection count, one report with charts.
   *
   * @return the sweep's Markdown report, beside its PNG charts
   */
  public static Path sweep(Options options, Keyset keyset) throws Exception {
    return Sweep.run(options, keyset);
  }

  /**
   * Runs the data mode of {@code options} ({@link Options#isDataMode}): fills the database to the
   * given size and measures the read side there.
   *
   * @return the Markdown report
   */
  public static Path readsAtSize(Options options) throws Exception {
    return DataMode.run(options);
  }

  /** What one run measured. Latencies in microseconds. */
  public record Result(
      long sent,
      long acknowledged,
      Map<String, Long> errors,
      Histogram acknowledgement,
      Histogram endToEnd,
      double offeredRate,
      double achievedRate,
      long settled,
      double processedRate,
      Duration drain,
      double httpCeiling,
      double databaseCeiling,
      double serverCores,
      long serverRssMb,
      long maxBacklog,
      String backlogSeries,
      Path report) {}

  private LoadGenerator() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.println(Options.USAGE);
      return;
    }
    Options options = Options.parse(args);
    Keyset keyset = Keyset.fromEnvironment(System.getenv());
    Path report =
        options.isDataMode()
            ? readsAtSize(options)
            : options.isSweep() ? sweep(options, keyset) : run(options, keyset).report();
    System.out.println(Files.readString(report));
    System.out.println("[LOADGEN] Report: " + report.toAbsolutePath());
  }

  public static Result run(Options options, Keyset keyset) throws Exception {
    try (Connection db = connect(options);
        ServerProcess server = new ServerProcess()) {
      Sellers.ensure(db, options.sellers());
      HttpClient http = client();
      Instant runStart = Instant.now();
      Workload workload = workload(options, keyset, runStart);
      Sending sending = new Sending();
      Drained drained;
      Backlog backlog =
          new Backlog(options, workload.itemPrefix(), runStart, sending.acknowledged::get);
      try (backlog) {
        send(http, options, workload, sending);
        // Said before waiting for processing: a fault run (server killed, database frozen) needs to
        // know what was acknowledged even when the rest cannot be measured.
        System.out.println(
            "[LOADGEN] Items "
                + workload.itemPrefix()
                + "*: sent "
                + sending.sent
                + ", acknowledged "
                + sending.acknowledged.get()
                + ", errors "
                + new TreeMap<>(sending.errors));
        drained = drain(db, workload.itemPrefix(), runStart, sending, options.drainTimeout());
      }
      Histogram endToEnd = endToEnd(db, workload.itemPrefix(), runStart);
      double httpCeiling = 0;
      double databaseCeiling = 0;
      if (!options.ceilingTime().isZero()) {
        httpCeiling =
            Ceilings.http(http, options.url(), options.connections(), options.ceilingTime());
        databaseCeiling =
            Ceilings.database(
                options.jdbcUrl(),
                options.dbUser(),
                options.dbPassword(),
                16,
                options.ceilingTime());
      }
      Result unreported =
          new Result(
              sending.sent,
              sending.acknowledged.get(),
              new TreeMap<>(sending.errors),
              sending.latency.getIntervalHistogram(),
              endToEnd,
              sending.sent / Ceilings.seconds(sending.sendingNanos),
              sending.acknowledged.get() / Ceilings.seconds(sending.answeredNanos),
              drained.settled,
              drained.processedRate,
              drained.drain,
              httpCeiling,
              databaseCeiling,
              server.cores(),
              server.maxRssMb(),
              backlog.max(),
              backlog.series(5),
              null);
      return Report.write(options, server.found(), unreported);
    }
  }

  /** What the sending phase saw. */
  private static final class Sending {
    final Recorder latency = new Recorder(TimeUnit.MINUTES.toMicros(5), 3);
    final AtomicLong acknowledged = new AtomicLong();
    final Queue<Receipt> receipts = new ConcurrentLinkedQueue<>();
    final Map<String, Long> errors = new ConcurrentHashMap<>();
    long sent;
    long sendingNanos;
    long answeredNanos;
    Instant lastSent;
  }

  /**
   * Starts sending one burst in the background and returns at once: a fault test kills the server
   * or freezes its database meanwhile, then audits what was acknowledged ({@link Audit}).
   */
  public static Burst burst(Options options, Keyset keyset) throws SQLException {
    try (Connection db = connect(options)) {
      Sellers.ensure(db, options.sellers());
    }
    Workload workload = workload(options, keyset, Instant.now());
    Sending sending = new Sending();
    HttpClient http = client();
    Thread sender =
        new Thread(
            () -> {
              try {
                send(http, options, workload, sending);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "loadgen-burst");
    sender.start();
    return new Burst(workload.itemPrefix(), sending, sender);
  }

  /** A burst being sent; {@link #await} waits for its last answer. */
  public static final class Burst {
    private final String itemPrefix;
    private final Sending sending;
    private final Thread sender;

    private Burst(String itemPrefix, Sending sending, Thread sender) {
      this.itemPrefix = itemPrefix;
      this.sending = sending;
      this.sender = sender;
    }

    /** Every item id of this burst starts with it. */
    public String itemPrefix() {
      return itemPrefix;
    }

    /** Acknowledged (200) so far. */
    public long acknowledged() {
      return sending.acknowledged.get();
    }

    /** Answered otherwise (an HTTP error status or no answer) so far. */
    public long failed() {
      return sending.errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Waits for the last answer. */
    public Outcome await() throws InterruptedException {
      sender.join();
      return new Outcome(
          sending.sent, List.copyOf(sending.receipts), new TreeMap<>(sending.errors));
    }
  }

  /** What a burst sent, what was acknowledged, and what failed by kind. */
  public record Outcome(long sent, List<Receipt> acknowledged, Map<String, Long> errors) {}

  private static Connection connect(Options options) throws SQLException {
    return DriverManager.getConnection(options.jdbcUrl(), options.dbUser(), options.dbPassword());
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static Workload workload(Options options, Keyset keyset, Instant runStart) {
    long itemBase = (100_000 + runStart.getEpochSecond() % 800_000) * 1_000_000L;
    return new Workload(
        keyset, options.sellers(), options.itemsPerSeller(), itemBase, runStart.toEpochMilli());
  }

  private static void send(HttpClient http, Options options, Workload workload, Sending sending)
      throws InterruptedException {
    URI endpoint = URI.create(options.url() + "/webhooks/ebay-platform");
    Semaphore permits = new Semaphore(options.connections());
    long period = options.rate() > 0 ? (long) (1e9 / options.rate()) : 0;
    long start = System.nanoTime();
    long end = start + options.duration().toNanos();
    Instant wallStart = Instant.now();
    for (long k = 0; ; k++) {
      long due = period > 0 ? start + k * period : System.nanoTime();
      if (due >= end) {
        break;
      }
      while (System.nanoTime() < due) {
        LockSupport.parkNanos(due - System.nanoTime());
      }
      permits.acquire();
      Workload.Notification notification = workload.next(wallStart.plusNanos(due - start));
      HttpRequest request =
          HttpRequest.newBuilder(endpoint)
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "text/xml; charset=\"utf-8\"")
              .header(
                  "SOAPAction",
                  "\"https://developer.ebay.com/notification/" + notification.eventName() + "\"")
              .POST(HttpRequest.BodyPublishers.ofString(notification.body()))
              .build();
      long dueAt = due;
      http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .whenComplete(
              (response, failure) -> {
                sending.latency.recordValue(
                    Math.max(0, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - dueAt)));
                if (failure != null) {
                  sending.errors.merge(failure.getClass().getSimpleName(), 1L, Long::sum);
                } else if (response.statusCode() == 200) {
                  sending.receipts.add(notification.receipt());
                  sending.acknowledged.incrementAndGet();
                } else {
                  sending.errors.merge("HTTP " + response.statusCode(), 1L, Long::sum);
                }
                permits.release();
              });
      sending.sent++;
    }
    sending.sendingNanos = System.nanoTime() - start;
    sending.lastSent = Instant.now();
    permits.acquire(options.connections());
    sending.answeredNanos = System.nanoTime() - start;
  }

  private record Drained(long settled, double processedRate, Duration drain) {}

  /** Waits until every acknowledged notification is settled in the event log (or time is up). */
  private static Drained drain(
      Connection db, String prefix, Instant runStart, Sending sending, Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT count(*) FILTER (WHERE "
                + Backlog.SETTLED
                + "),"
                + " min(received_at), max(processed_at)"
                + " FROM webhook_event WHERE ebay_item_id LIKE ? AND received_at >= ?")) {
      query.setString(1, prefix + "%");
      query.setTimestamp(2, Timestamp.from(runStart));
      while (true) {
        try (ResultSet row = query.executeQuery()) {
          row.next();
          long settled = row.getLong(1);
          Timestamp first = row.getTimestamp(2);
          Timestamp last = row.getTimestamp(3);
          if (settled >= sending.acknowledged.get() || System.nanoTime() > deadline) {
            Duration span =
                first == null || last == null
                    ? Duration.ZERO
                    : Duration.between(first.toInstant(), last.toInstant());
            Duration drain =
                last == null || last.toInstant().isBefore(sending.lastSent)
                    ? Duration.ZERO
                    : Duration.between(sending.lastSent, last.toInstant());
            double rate = span.isZero() ? 0 : settled / (span.toNanos() / 1e9);
            return new Drained(settled, rate, drain);
          }
        }
        Thread.sleep(200);
      }
    }
  }

  /**
   * Notification → item committed: from eBay's Timestamp (when the notification was due) to the
   * event's processed_at. Deliberately back-dated and redelivered ones are left out.
   */
  private static Histogram endToEnd(Connection db, String prefix, Instant runStart)
      throws Exception {
    Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT (extract(epoch FROM processed_at - ebay_timestamp) * 1000000)::bigint"
                + " FROM webhook_event WHERE ebay_item_id LIKE ? AND received_at >= ?"
                + " AND processed_at IS NOT NULL AND status = 'PROCESSED'"
                + " AND received_at - ebay_timestamp < interval '1 second'")) {
      query.setString(1, prefix + "%");
      query.setTimestamp(2, Timestamp.from(runStart));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          histogram.recordValue(
              Math.max(0, Math.min(rows.getLong(1), histogram.getHighestTrackableValue())));
        }
      }
    }
    return histogram;
  }
}
