package com.qventory.sync.loadgen;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What this machine allows, measured in the same run: the same server's answers for a static file
 * (the HTTP ceiling) and PostgreSQL's durable single-row inserts (the database ceiling).
 */
final class Ceilings {

  private Ceilings() {}

  /** Static-file answers a second, flat out over {@code connections}. */
  static double http(HttpClient http, String url, int connections, Duration time)
      throws InterruptedException {
    URI resource = URI.create(url + "/resources/css/app.css");
    Semaphore permits = new Semaphore(connections);
    AtomicLong answered = new AtomicLong();
    long end = System.nanoTime() + time.toNanos();
    long started = System.nanoTime();
    while (System.nanoTime() < end) {
      permits.acquire();
      http.sendAsync(
              HttpRequest.newBuilder(resource).build(), HttpResponse.BodyHandlers.discarding())
          .whenComplete(
              (response, failure) -> {
                if (failure == null && response.statusCode() == 200) {
                  answered.incrementAndGet();
                }
                permits.release();
              });
    }
    permits.acquire(connections);
    return answered.get() / seconds(System.nanoTime() - started);
  }

  /** Durable single-row inserts (about 2 KB each, autocommit) a second, over {@code clients}. */
  static double database(String jdbcUrl, String user, String password, int clients, Duration time)
      throws Exception {
    try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
        Statement ddl = db.createStatement()) {
      ddl.execute(
          "CREATE TABLE IF NOT EXISTS loadgen_ceiling (id BIGSERIAL PRIMARY KEY, payload TEXT)");
    }
    String payload = "x".repeat(2_048);
    AtomicLong inserted = new AtomicLong();
    long end = System.nanoTime() + time.toNanos();
    long started = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      Thread thread =
          new Thread(
              () -> {
                try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                    PreparedStatement insert =
                        db.prepareStatement("INSERT INTO loadgen_ceiling (payload) VALUES (?)")) {
                  insert.setString(1, payload);
                  while (System.nanoTime() < end) {
                    insert.executeUpdate();
                    inserted.incrementAndGet();
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double rate = inserted.get() / seconds(System.nanoTime() - started);
    try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
        Statement ddl = db.createStatement()) {
      ddl.execute("DROP TABLE loadgen_ceiling");
    }
    return rate;
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
