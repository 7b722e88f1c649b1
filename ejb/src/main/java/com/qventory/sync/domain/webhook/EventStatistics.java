package com.qventory.sync.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The event log's figures over a recent window, for the admin's overview. */
public interface EventStatistics {

  /** How many of something (a status, a topic, a refusal reason). */
  record Count(String key, long count) {}

  /**
   * From arrival to outcome, over the events settled in the window.
   *
   * @param settled how many the percentiles are over
   */
  record Latency(
      long settled,
      Optional<Double> p50Millis,
      Optional<Double> p95Millis,
      Optional<Double> p99Millis) {}

  /** Events received since {@code since}, by status, most first. */
  List<Count> byStatus(Instant since);

  /** Events received since {@code since}, by topic, the {@code limit} most frequent. */
  List<Count> byTopic(Instant since, int limit);

  /** Processing latency of the events received since {@code since} and settled. */
  Latency latency(Instant since);

  /** Refused requests since {@code since}, by reason. */
  List<Count> refusalsByReason(Instant since);

  /**
   * Events received in each of the {@code buckets} periods of {@code bucketSeconds} seconds that
   * end now, oldest first (zeros included).
   */
  long[] receivedPer(Instant now, int bucketSeconds, int buckets);
}
