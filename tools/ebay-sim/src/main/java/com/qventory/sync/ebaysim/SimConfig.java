package com.qventory.sync.ebaysim;

import java.time.Duration;
import java.util.Map;

/**
 * The simulator's settings.
 *
 * @param ruNameUrl where consent redirects for the keyset's RuName (eBay stores this per RuName)
 * @param ruNameDeclineUrl where a declined consent goes: the RuName's "auth declined" URL
 * @param maxRetries redeliveries of a notification after a failure before it counts as an error
 * @param firstRetryDelay the first back-off; each retry doubles it
 * @param markDownAfter consecutive failed deliveries after which the application is marked down
 * @param pingInterval how often a marked-down application is pinged to be marked up again
 * @param limits eBay's documented limits, enforced unless {@code EBAY_SIM_STRICT=false}
 */
public record SimConfig(
    int port,
    Keyset keyset,
    String ruNameUrl,
    String ruNameDeclineUrl,
    Duration accessTokenLifetime,
    Duration refreshTokenLifetime,
    int maxRetries,
    Duration firstRetryDelay,
    int markDownAfter,
    Duration pingInterval,
    Faults faults,
    EbayLimits limits) {

  public static final int DEFAULT_PORT = 8089;
  public static final String DEFAULT_RUNAME_URL = "http://localhost:8080/seller/ebay/callback";
  public static final String DEFAULT_RUNAME_DECLINE_URL =
      "http://localhost:8080/seller/ebay/declined";

  /** From the environment ({@code EBAY_SIM_PORT}, {@code EBAY_SIM_RUNAME_URL}, the keyset…). */
  public static SimConfig fromEnvironment(Map<String, String> env) {
    return new SimConfig(
        Integer.parseInt(env.getOrDefault("EBAY_SIM_PORT", Integer.toString(DEFAULT_PORT))),
        Keyset.fromEnvironment(env),
        env.getOrDefault("EBAY_SIM_RUNAME_URL", DEFAULT_RUNAME_URL),
        env.getOrDefault("EBAY_SIM_RUNAME_DECLINE_URL", DEFAULT_RUNAME_DECLINE_URL),
        Duration.ofSeconds(7_200),
        Duration.ofSeconds(47_304_000),
        Integer.parseInt(env.getOrDefault("EBAY_SIM_MAX_RETRIES", "5")),
        Duration.ofMillis(Long.parseLong(env.getOrDefault("EBAY_SIM_FIRST_RETRY_MS", "1000"))),
        Integer.parseInt(env.getOrDefault("EBAY_SIM_MARK_DOWN_AFTER", "1000")),
        Duration.ofSeconds(Long.parseLong(env.getOrDefault("EBAY_SIM_PING_SECONDS", "30"))),
        new Faults(
            rate(env, "EBAY_SIM_DROP_RATE"),
            rate(env, "EBAY_SIM_DUPLICATE_RATE"),
            rate(env, "EBAY_SIM_REORDER_RATE"),
            Duration.ofMillis(Long.parseLong(env.getOrDefault("EBAY_SIM_DELAY_MS", "0"))),
            rate(env, "EBAY_SIM_WRONG_SIGNATURE_RATE")),
        Boolean.parseBoolean(env.getOrDefault("EBAY_SIM_STRICT", "true"))
            ? EbayLimits.STRICT.withFreshnessLag(
                Duration.ofSeconds(
                    Long.parseLong(env.getOrDefault("EBAY_SIM_FRESHNESS_LAG_SECONDS", "120"))))
            : EbayLimits.LENIENT);
  }

  public SimConfig withPort(int newPort) {
    return new SimConfig(
        newPort,
        keyset,
        ruNameUrl,
        ruNameDeclineUrl,
        accessTokenLifetime,
        refreshTokenLifetime,
        maxRetries,
        firstRetryDelay,
        markDownAfter,
        pingInterval,
        faults,
        limits);
  }

  private static double rate(Map<String, String> env, String name) {
    return Double.parseDouble(env.getOrDefault(name, "0"));
  }
}
