package com.qventory.sync.application.metrics;

import com.qventory.sync.domain.webhook.EventStatistics.Latency;
import com.qventory.sync.domain.webhook.NotificationChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How long our webhooks took to tell eBay they have a notification (durable on the queue), for the
 * metrics endpoint and for the admin overview's percentiles. Acknowledgements leave no row in the
 * database before their message is processed, so the overview's figures are this node's, kept in
 * memory since it started (docs/using.md).
 */
@ApplicationScoped
public class AcknowledgementLatencies {

  private final WindowedLatencies latencies = new WindowedLatencies();

  @Inject private OperationalMetrics metrics;

  @Inject private Clock clock;

  /** A webhook acknowledged a notification that arrived at {@code receivedAt}. */
  public void acknowledged(NotificationChannel channel, Instant receivedAt) {
    Instant now = clock.instant();
    Duration took = Duration.between(receivedAt, now);
    latencies.record(now, took);
    metrics.acknowledged(channel, took);
  }

  /** Percentiles over the {@code window} that ends now (whole minutes or hours). */
  public Latency over(Duration window) {
    return latencies.over(clock.instant(), window);
  }
}
