package com.qventory.sync.infrastructure.metrics;

import com.qventory.sync.application.metrics.NotificationSettled;
import com.qventory.sync.application.metrics.OperationalMetrics;
import com.qventory.sync.domain.webhook.NotificationChannel;
import com.qventory.sync.domain.webhook.RefusalReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The application's metrics in the registry WildFly's Micrometer subsystem gives the deployment;
 * its Prometheus registry serves them at the management interface's {@code /metrics} with WildFly's
 * own (docs/operations.md).
 *
 * <p>WildFly 39.0.1 exports only the meters an application registers through the registry's own
 * methods ({@code counter(name, tags)}, {@code timer(name, tags)}): a meter built with {@code
 * Counter.builder(…).register(registry)} stays in the deployment and is never scraped, and so does
 * a timer's percentile histogram. So counters and timers are made the exported way, and each
 * latency also gets its histogram as cumulative counters by upper bound ({@code
 * …_histogram_total{le=…}}; {@code _bucket} is a suffix Prometheus reserves), which Prometheus'
 * {@code histogram_quantile} reads like any histogram.
 */
@ApplicationScoped
public class MicrometerMetrics implements OperationalMetrics {

  /** Upper bounds of the latency buckets, in seconds; the last bucket is +Inf. */
  static final List<Double> BUCKETS =
      List.of(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0);

  @Inject private MeterRegistry registry;

  private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

  private final Map<List<String>, LatencyMeters> latencies = new ConcurrentHashMap<>();

  void settled(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationSettled settled) {
    String channel = channel(settled.channel());
    counter(
            "qventory.notifications",
            "channel",
            channel,
            "topic",
            settled.topic(),
            "status",
            settled.status().name())
        .increment();
    if (!settled.sinceReceived().isNegative()) {
      latency("qventory.notification.processing", channel, settled.sinceReceived());
    }
  }

  @Override
  public void acknowledged(NotificationChannel channel, Duration took) {
    latency("qventory.notification.acknowledgement", channel(channel), took);
  }

  @Override
  public void refused(RefusalReason reason) {
    counter("qventory.webhook.refusals", "reason", reason.name()).increment();
  }

  @Override
  public void reconciled(String outcome, int corrected) {
    counter("qventory.reconciliations", "outcome", outcome).increment();
    if (corrected > 0) {
      counter("qventory.reconciliation.corrections").increment(corrected);
    }
  }

  @Override
  public void tokenRefreshFailed() {
    counter("qventory.token.refresh.failures").increment();
  }

  /**
   * A latency's meters for one channel: the timer (count, sum, max) and one cumulative counter per
   * bucket, the last one +Inf. All are made on the first observation, as a histogram's buckets
   * exist from its first one; afterwards an observation only increments them.
   */
  private record LatencyMeters(Timer timer, Counter[] buckets) {

    void record(Duration took) {
      timer.record(took);
      double seconds = took.toNanos() / 1e9;
      for (int i = 0; i < BUCKETS.size(); i++) {
        if (seconds <= BUCKETS.get(i)) {
          buckets[i].increment();
        }
      }
      buckets[BUCKETS.size()].increment();
    }
  }

  private void latency(String name, String channel, Duration took) {
    latencies
        .computeIfAbsent(List.of(name, channel), key -> latencyMeters(name, channel))
        .record(took);
  }

  private LatencyMeters latencyMeters(String name, String channel) {
    Counter[] buckets = new Counter[BUCKETS.size() + 1];
    for (int i = 0; i < BUCKETS.size(); i++) {
      buckets[i] =
          registry.counter(
              name + ".histogram",
              Tags.of("channel", channel, "le", Double.toString(BUCKETS.get(i))));
    }
    buckets[BUCKETS.size()] =
        registry.counter(name + ".histogram", Tags.of("channel", channel, "le", "+Inf"));
    return new LatencyMeters(registry.timer(name, Tags.of("channel", channel)), buckets);
  }

  private Counter counter(String name, String... tags) {
    List<String> key = new ArrayList<>(tags.length + 1);
    key.add(name);
    key.addAll(List.of(tags));
    return counters.computeIfAbsent(key, k -> registry.counter(name, Tags.of(tags)));
  }

  private static String channel(NotificationChannel channel) {
    return channel.name().toLowerCase(Locale.ROOT);
  }
}
