package com.qventory.sync.infrastructure.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProbeTest {

  private final AtomicInteger asked = new AtomicInteger();
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final PlatformHealth.Probe probe =
      new PlatformHealth.Probe(
          () ->
              asked.incrementAndGet() % 2 == 1
                  ? ComponentStatus.up("database")
                  : ComponentStatus.down("database", "cannot query the database"),
          now::get);

  @Test
  void aFloodOfHealthRequestsAsksTheComponentOnceASecond() {
    for (int i = 0; i < 1_000; i++) {
      probe.status();
      now.addAndGet(500_000); // 0.5 ms between requests: 1,000 requests in half a second
    }

    assertEquals(1, asked.get());
  }

  @Test
  void anAnswerOlderThanASecondIsAskedAgain() {
    assertEquals(true, probe.status().up());

    now.addAndGet(PlatformHealth.REUSED_FOR.toNanos());

    assertEquals(false, probe.status().up(), "a change shows within a second");
    assertEquals(2, asked.get());
  }
}
