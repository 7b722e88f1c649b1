package com.qventory.sync.application.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.domain.webhook.EventStatistics.Latency;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WindowedLatenciesTest {

  private static final Instant NOON = Instant.parse("2026-12-02T12:00:30Z");

  private final WindowedLatencies latencies = new WindowedLatencies();

  @Test
  void percentilesOfTheLastHourComeFromItsMinutes() {
    for (int millis = 1; millis <= 100; millis++) {
      latencies.record(NOON.minusSeconds(millis * 10L), Duration.ofMillis(millis));
    }
    Latency hour = latencies.over(NOON, Duration.ofHours(1));
    assertEquals(100, hour.settled());
    assertNear(50, hour.p50Millis());
    assertNear(95, hour.p95Millis());
    assertNear(99, hour.p99Millis());
  }

  @Test
  void whatIsOlderThanAWindowIsLeftOut() {
    latencies.record(NOON.minus(Duration.ofMinutes(90)), Duration.ofMillis(900));
    latencies.record(NOON.minus(Duration.ofHours(30)), Duration.ofMillis(3_000));
    latencies.record(NOON, Duration.ofMillis(4));

    assertEquals(1, latencies.over(NOON, Duration.ofHours(1)).settled());
    assertNear(4, latencies.over(NOON, Duration.ofHours(1)).p99Millis());
    assertEquals(2, latencies.over(NOON, Duration.ofHours(24)).settled());
    assertNear(900, latencies.over(NOON, Duration.ofHours(24)).p99Millis());
    assertEquals(3, latencies.over(NOON, Duration.ofDays(7)).settled());
    assertNear(3_000, latencies.over(NOON, Duration.ofDays(7)).p99Millis());
  }

  @Test
  void aSlotIsReusedWhenItsPeriodComesRoundAgain() {
    latencies.record(NOON, Duration.ofMillis(7));
    Instant weekLater = NOON.plus(Duration.ofDays(7));
    latencies.record(weekLater, Duration.ofMillis(2));

    Latency week = latencies.over(weekLater, Duration.ofDays(7));
    assertEquals(1, week.settled(), "the hour slot of a week ago was emptied before reuse");
    assertNear(2, week.p50Millis());
  }

  @Test
  void nothingRecordedMeansNoPercentiles() {
    Latency empty = latencies.over(NOON, Duration.ofHours(24));
    assertEquals(0, empty.settled());
    assertTrue(empty.p50Millis().isEmpty());
  }

  @Test
  void subMillisecondAndHugeValuesAreKept() {
    latencies.record(NOON, Duration.ofNanos(300_000));
    latencies.record(NOON, Duration.ofHours(2));
    Latency hour = latencies.over(NOON, Duration.ofHours(1));
    assertNear(0.3, hour.p50Millis());
    assertNear(600_000, hour.p99Millis()); // capped at ten minutes
  }

  private static void assertNear(double expected, Optional<Double> actual) {
    assertTrue(actual.isPresent());
    assertEquals(expected, actual.get(), expected * 0.02, "within the histogram's 1 % resolution");
  }
}
