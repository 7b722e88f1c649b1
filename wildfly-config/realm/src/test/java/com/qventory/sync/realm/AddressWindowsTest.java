package com.qventory.sync.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AddressWindowsTest {

  private final VerifyingRealmTest.MovableClock clock = new VerifyingRealmTest.MovableClock();
  private final LoginThrottle.AddressWindows windows = new LoginThrottle.AddressWindows(3, clock);

  @Test
  void anAddressIsFullAfterTheLimitInAMinuteAndOthersAreNot() {
    clock.now = clock.now.plusSeconds(15);
    for (int i = 0; i < 3; i++) {
      assertFalse(windows.full("203.0.113.9"));
      windows.count("203.0.113.9");
    }

    assertTrue(windows.full("203.0.113.9"));
    assertFalse(windows.full("198.51.100.7"));
    assertEquals(Duration.ofSeconds(45), windows.untilNextWindow());
  }

  @Test
  void theNextMinuteStartsAfresh() {
    for (int i = 0; i < 3; i++) {
      windows.count("203.0.113.9");
    }

    clock.now = clock.now.plusSeconds(60);

    assertFalse(windows.full("203.0.113.9"));
  }
}
