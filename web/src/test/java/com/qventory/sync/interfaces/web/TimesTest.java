package com.qventory.sync.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {

  private static final Instant NOW = Instant.parse("2026-12-08T00:26:55.541Z");

  @Test
  void anAgeIsNeverNegative() {
    assertEquals("just now", Times.ago(NOW.plusSeconds(1), NOW), "a clock a little ahead");
    assertEquals("just now", Times.ago(NOW.minusSeconds(30), NOW));
    assertEquals("50 s ago", Times.ago(NOW.minusSeconds(50), NOW));
    assertEquals("3 min ago", Times.ago(NOW.minusSeconds(185), NOW));
    assertEquals("2 h ago", Times.ago(NOW.minusSeconds(7_300), NOW));
    assertEquals("1 day ago", Times.ago(NOW.minusSeconds(90_000), NOW));
  }

  @Test
  void aWaitSaysWhenAndAPastMomentIsNow() {
    assertEquals("in 2 s", Times.in(NOW.plusSeconds(2), NOW));
    assertEquals("in 60 min", Times.in(NOW.plusSeconds(3_599), NOW));
    assertEquals("now", Times.in(NOW.minusSeconds(1), NOW));
  }

  @Test
  void pagesGetTheSecondForTheScriptAndReadableUtcWithoutIt() {
    Times times = new Times();
    assertEquals("2026-12-08T00:26:55Z", times.iso(NOW));
    assertEquals("2026-12-08 00:26 UTC", times.utc(NOW));
    assertEquals("—", times.utc(null));
  }
}
