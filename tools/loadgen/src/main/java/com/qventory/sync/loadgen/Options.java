package com.qventory.sync.loadgen;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What one run does. Every option has a default that suits the run command's server ({@code
 * ./run}): its URL, its embedded database, its demo keyset.
 *
 * @param rate notifications a second, open loop; 0 sends flat out over {@code connections}
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
    Path reportDirectory) {

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
        Path.of(given.getOrDefault("report", "target/loadgen")));
  }
}
