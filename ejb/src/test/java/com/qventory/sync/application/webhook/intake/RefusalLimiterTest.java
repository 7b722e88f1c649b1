package com.qventory.sync.application.webhook.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefusalLimiterTest {

  private final RefusalLimiter limiter = new RefusalLimiter();
  private final Instant now = Instant.parse("2026-12-02T04:00:10Z");

  @Test
  void anAddressIsOverTheLimitOnceItWasRefusedThatOftenThisMinute() {
    for (int i = 1; i <= 3; i++) {
      assertFalse(limiter.overLimit("203.0.113.9", 3, now));
      assertEquals(i, limiter.refused("203.0.113.9", now));
    }

    assertTrue(limiter.overLimit("203.0.113.9", 3, now.plusSeconds(30)));
    assertFalse(limiter.overLimit("198.51.100.7", 3, now), "other addresses are not affected");
    assertEquals(Instant.parse("2026-12-02T04:01:00Z"), limiter.retryAfter(now));
  }

  @Test
  void theNextMinuteStartsAfresh() {
    for (int i = 0; i < 3; i++) {
      limiter.refused("203.0.113.9", now);
    }

    assertFalse(limiter.overLimit("203.0.113.9", 3, now.plusSeconds(50)));
    assertEquals(1, limiter.refused("203.0.113.9", now.plusSeconds(50)));
  }

  @Test
  void aFloodFromMoreAddressesThanAreCountedFillsNothing() {
    for (int i = 0; i < RefusalLimiter.MAX_ADDRESSES; i++) {
      limiter.refused("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255), now);
    }

    assertEquals(RefusalLimiter.NOT_COUNTED, limiter.refused("203.0.113.9", now));
    assertEquals(2, limiter.refused("10.0.0.0", now), "those counted already still are");
    assertEquals(1, limiter.refused("203.0.113.9", now.plusSeconds(60)), "a new minute");
  }
}
