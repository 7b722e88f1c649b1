package com.qventory.sync.loadgen;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one run does. Every option has a default that suits the run command's server ({@code
 * ./run}): its URL, its embedded database, its demo keyset.
 *
 * @param rate notifications a second, open loop; 0 sends flat out over {@code connections}
 * @param sweepRates when not empty, a sweep: one run per offered rate (open loop) ...
 * @param sweepConnections ... and one flat-out run per connection count
 * @param data the data mode's settings; it runs instead of sending when {@code data.items() > 0}
 */
public record Options(
    String url,
    String jdbcUrl,
    String dbUser,
    String dbPassword,
    int sellers,
    int itemsPerSeller,
    double rate,
    Duration duration,
    int connections,
    Duration ceilingTime,
    Duration drainTimeout,
    Path reportDirectory,
    List<Double> sweepRates,
    List<Integer> sweepConnections,
    Data data) {

  /**
   * The data mode: this many items over this many sellers, the first seller holding {@code
   * bigSeller} of them; pages read {@code samples} times; sellers log in with the admin's password.
   */
  public record Data(
      int items, int sellers, int bigSeller, String adminUser, String adminPassword, int samples) {}

  static final String USAGE =
      """
      java -cp "tools/loadgen/target/qventory-loadgen.jar:tools/loadgen/target/lib/*" \\
           com.qventory.sync.loadgen.LoadGenerator [--option value]…

        --url URL            the server                        (http://localhost:8080)
        --jdbc URL           its database, for sellers and end-to-end times
                                                               (jdbc:postgresql://localhost:15432/qventory)
        --db-user U / --db-password P                          (postgres / embedded)
        --sellers N          sellers (created and connected)   (20)
        --items N            listings per seller               (500)
        --rate R             notifications/s, open loop; 0 = flat out over --connections (200)
        --seconds S          how long to send                  (30)
        --connections C      concurrent requests at most       (64)
        --ceiling-seconds S  length of each ceiling measurement; 0 skips them (5)
        --drain-seconds S    how long to wait for processing to catch up (120)
        --report DIR         where the Markdown report goes     (target/loadgen)

      A sweep runs one step per offered rate (open loop, --connections) and one flat-out step per
      connection count, each --seconds long and drained before the next, measures the ceilings
      once, and writes one report with PNG charts (latency percentiles against the offered rate,
      throughput against connections):
        --sweep-rates R,R,…          e.g. 50,100,200,400
        --sweep-connections C,C,…    e.g. 16,64,256

      The data mode fills the database (once; idempotent) and measures the read side at that size
      instead of sending notifications:
        --fill N             items to have (e.g. 1000000)
        --fill-sellers S     sellers they belong to         (1000)
        --big-seller N       items of the first seller       (120000)
        --admin-user U / --admin-password P   an admin's log-in; the data sellers get the same
                             password                        (admin / demo-admin-password)
        --samples N          sequential calls per page       (50)

      The keyset comes from EBAY_DEV_ID, EBAY_CLIENT_ID, EBAY_CERT_ID as for the simulator (the
      run command's demo keyset when unset).
      """;

  public static Options parse(String[] args) {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Expected --option value, got " + args[i]);
      }
      given.put(args[i].substring(2), args[++i]);
    }
    return new Options(
        given.getOrDefault("url", "http://localhost:8080"),
        given.getOrDefault("jdbc", "jdbc:postgresql://localhost:15432/qventory"),
        given.getOrDefault("db-user", "postgres"),
        given.getOrDefault("db-password", "embedded"),
        Integer.parseInt(given.getOrDefault("sellers", "20")),
        Integer.parseInt(given.getOrDefault("items", "500")),
        Double.parseDouble(given.getOrDefault("rate", "200")),
        Duration.ofMillis((long) (Double.parseDouble(given.getOrDefault("seconds", "30")) * 1000)),
        Integer.parseInt(given.getOrDefault("connections", "64")),
        Duration.ofSeconds(Long.parseLong(given.getOrDefault("ceiling-seconds", "5"))),
        Duration.ofSeconds(Long.parseLong(given.getOrDefault("drain-seconds", "120"))),
        Path.of(given.getOrDefault("report", "target/loadgen")),
        list(given.get("sweep-rates"), Double::parseDouble),
        list(given.get("sweep-connections"), Integer::parseInt),
        new Data(
            Integer.parseInt(given.getOrDefault("fill", "0")),
            Integer.parseInt(given.getOrDefault("fill-sellers", "1000")),
            Integer.parseInt(given.getOrDefault("big-seller", "120000")),
            given.getOrDefault("admin-user", "admin"),
            given.getOrDefault("admin-password", "demo-admin-password"),
            Integer.parseInt(given.getOrDefault("samples", "50"))));
  }

  boolean isDataMode() {
    return data.items() > 0;
  }

  boolean isSweep() {
    return !sweepRates.isEmpty() || !sweepConnections.isEmpty();
  }

  /** One step of a sweep: this rate over these connections, no ceilings, its report apart. */
  Options step(double stepRate, int stepConnections, Path stepReports) {
    return new Options(
        url,
        jdbcUrl,
        dbUser,
        dbPassword,
        sellers,
        itemsPerSeller,
        stepRate,
        duration,
        stepConnections,
        Duration.ZERO,
        drainTimeout,
        stepReports,
        List.of(),
        List.of(),
        data);
  }

  private static <T> List<T> list(String commaSeparated, Function<String, T> parse) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).map(parse).toList();
  }
}
