package com.qventory.sync.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

  private static final Optional<String> ADMIN = Optional.of("admin");
  private static final String OWNER = "198.51.100.7";
  private static final String ATTACKER = "203.0.113.9";

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-08T05:00:15Z"));
  private final LoginAttempts attempts =
      new LoginAttempts(new LoginAttempts.Limits(20, 3, 100, 1000), clock);

  @Test
  void aSlowAttackerKeepsOnlyItsOwnAddressOutAndTheOwnerLogsInAtOnce() {
    for (int i = 0; i < LoginAttempts.FREE_GUESSES + 1; i++) {
      assertInstanceOf(LoginAttempts.Allowed.class, attempts.beforeLogIn(ADMIN, ATTACKER));
      attempts.failed(ADMIN, ATTACKER);
    }
    for (int round = 0; round < 30; round++) {
      // one wrong guess each time the back-off ends, for hours
      LoginAttempts.Refused waiting =
          assertInstanceOf(LoginAttempts.Refused.class, attempts.beforeLogIn(ADMIN, ATTACKER));
      clock.advance(waiting.retryAfter());
      assertInstanceOf(LoginAttempts.Allowed.class, attempts.beforeLogIn(ADMIN, ATTACKER));
      attempts.failed(ADMIN, ATTACKER);

      assertInstanceOf(
          LoginAttempts.Allowed.class,
          attempts.beforeLogIn(ADMIN, OWNER),
          "the owner, elsewhere, is never kept out by it");
    }
    assertInstanceOf(LoginAttempts.Refused.class, attempts.beforeLogIn(ADMIN, ATTACKER));
  }

  @Test
  void aPairBacksOffAfterFiveWrongGuessesEvenForTheRightPasswordAndRecoversInTime() {
    for (int i = 0; i < LoginAttempts.FREE_GUESSES; i++) {
      attempts.failed(ADMIN, OWNER);
      assertInstanceOf(LoginAttempts.Allowed.class, attempts.beforeLogIn(ADMIN, OWNER));
    }
    attempts.failed(ADMIN, OWNER);

    LoginAttempts.Refused refused =
        assertInstanceOf(LoginAttempts.Refused.class, attempts.beforeLogIn(ADMIN, OWNER));
    assertEquals(Duration.ofSeconds(1), refused.retryAfter());
    clock.advance(Duration.ofSeconds(1));
    assertInstanceOf(LoginAttempts.Allowed.class, attempts.beforeLogIn(ADMIN, OWNER));
    attempts.succeeded("admin", OWNER);
    attempts.failed(ADMIN, OWNER);
    assertInstanceOf(
        LoginAttempts.Allowed.class,
        attempts.beforeLogIn(ADMIN, OWNER),
        "the right password started the count afresh");
  }

  @Test
  void guessingOneNameFromManyAddressesStaysSlowButTheOwnersAddressStillGetsIn() {
    attempts.succeeded("admin", OWNER);
    for (int i = 0; i < 100; i++) {
      String address = "203.0.113." + i;
      assertInstanceOf(LoginAttempts.Allowed.class, attempts.beforeLogIn(ADMIN, address));
      attempts.failed(ADMIN, address);
    }

    LoginAttempts.Refused refused =
        assertInstanceOf(LoginAttempts.Refused.class, attempts.beforeLogIn(ADMIN, "192.0.2.200"));
    assertTrue(refused.retryAfter().compareTo(Duration.ofMinutes(59)) > 0, refused.toString());
    assertInstanceOf(
        LoginAttempts.Allowed.class,
        attempts.beforeLogIn(ADMIN, OWNER),
        "where it logged in before");
    assertInstanceOf(
        LoginAttempts.Allowed.class,
        attempts.beforeLogIn(Optional.of("someone-else"), "192.0.2.200"),
        "other names are not touched");

    clock.advance(LoginAttempts.NAME_WINDOW);
    assertInstanceOf(LoginAttempts.Allowed.class, attempts.beforeLogIn(ADMIN, "192.0.2.200"));
  }

  @Test
  void anAddressIsRefusedForTheRestOfTheMinuteAfterItsFailures() {
    for (int i = 0; i < 20; i++) {
      attempts.failed(Optional.of("user-" + i), ATTACKER);
    }

    LoginAttempts.Refused refused =
        assertInstanceOf(
            LoginAttempts.Refused.class, attempts.beforeLogIn(Optional.of("anyone"), ATTACKER));
    assertEquals(Duration.ofSeconds(45), refused.retryAfter());
    assertInstanceOf(
        LoginAttempts.Allowed.class,
        attempts.beforeLogIn(Optional.empty(), OWNER),
        "another address is not");
    clock.advance(Duration.ofSeconds(45));
    assertInstanceOf(
        LoginAttempts.Allowed.class, attempts.beforeLogIn(Optional.of("anyone"), ATTACKER));
  }

  @Test
  void signUpsAreCountedPerAddressAndMinute() {
    for (int i = 0; i < 3; i++) {
      assertInstanceOf(LoginAttempts.Allowed.class, attempts.signUp(ATTACKER));
    }
    assertInstanceOf(LoginAttempts.Refused.class, attempts.signUp(ATTACKER));
    assertInstanceOf(LoginAttempts.Allowed.class, attempts.signUp(OWNER));
  }

  @Test
  void aNameThatCannotExistIsCountedAgainstItsAddressOnlyAndNothingIsKeptUnderIt() {
    attempts.failed(Optional.empty(), ATTACKER);

    assertEquals(1, attempts.entries(), "the address's minute, nothing per name");
  }

  @Test
  void everyCountIsBoundedHoweverManyNamesAndAddressesAreTried() {
    for (int i = 0; i < 10_000; i++) {
      attempts.failed(Optional.of("name-" + i), "10.0." + (i / 250) + "." + (i % 250));
      attempts.succeeded("name-" + i, "10.1." + (i / 250) + "." + (i % 250));
    }

    assertTrue(
        attempts.entries() <= 5 * 1000, "at most maxEntries per count: " + attempts.entries());
  }

  @Test
  void backOffsDoubleUpToFifteenMinutes() {
    assertEquals(Duration.ZERO, LoginAttempts.backOff(5));
    assertEquals(Duration.ofSeconds(1), LoginAttempts.backOff(6));
    assertEquals(Duration.ofSeconds(8), LoginAttempts.backOff(9));
    assertEquals(LoginAttempts.MAX_BACK_OFF, LoginAttempts.backOff(100));
  }
}
