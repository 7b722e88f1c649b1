package com.qventory.sync.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.ebaysim.Keyset;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadTest {

  private final Workload workload =
      new Workload(new Keyset("dev", "app", "cert", "ru"), 5, 100, 280_000_000_000L, 7);

  @Test
  void aBurstDueInOneMillisecondStillGivesEachNotificationItsOwnTimestamp() {
    Instant due = Instant.parse("2026-12-02T04:00:00.000Z");
    Map<Instant, String> bodies = new HashMap<>();

    for (int i = 0; i < 5_000; i++) {
      Workload.Notification notification = workload.next(due);
      String earlier = bodies.putIfAbsent(notification.timestamp(), notification.body());
      assertTrue(
          earlier == null || earlier.equals(notification.body()),
          "only a delivery of the same notification shares a Timestamp");
    }

    Instant latest = bodies.keySet().stream().max(Instant::compareTo).orElseThrow();
    assertTrue(
        Duration.between(due, latest).toMillis() < 5_000, "stamped as close to due as possible");
    assertEquals(
        bodies.size(), bodies.values().stream().distinct().count(), "no body under two stamps");
  }
}
