package com.qventory.sync.realm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Wrong guesses per username. The first {@link #FREE_GUESSES} cost nothing more; after that the
 * name backs off — 1 s, 2 s, 4 s … up to {@link #MAX_BACK_OFF} — during which every guess, right or
 * wrong, is refused without running bcrypt, so guessing costs the attacker time and the server no
 * CPU. A right guess clears the count; so does an hour without a wrong one. A caller whose password
 * Elytron's cache already holds never gets here, so an attacker cannot lock a busy seller out.
 */
final class GuessThrottle {

  static final int FREE_GUESSES = 5;
  static final Duration MAX_BACK_OFF = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);

  private record Wrong(int count, Instant last, Instant lockedUntil) {}

  private final Clock clock;
  private final ConcurrentHashMap<String, Wrong> byName = new ConcurrentHashMap<>();
  private final AtomicReference<Instant> nextPrune = new AtomicReference<>(Instant.MIN);

  GuessThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether guesses for this name are refused unverified right now. */
  boolean backingOff(String name) {
    Wrong wrong = byName.get(name);
    return wrong != null && clock.instant().isBefore(wrong.lockedUntil());
  }

  void wrongGuess(String name) {
    Instant now = clock.instant();
    pruneIfDue(now);
    byName.compute(
        name,
        (key, before) -> {
          int count =
              before == null || before.last().plus(FORGET_AFTER).isBefore(now)
                  ? 1
                  : before.count() + 1;
          return new Wrong(count, now, now.plus(backOff(count)));
        });
  }

  void rightGuess(String name) {
    byName.remove(name);
  }

  static Duration backOff(int wrongGuesses) {
    if (wrongGuesses <= FREE_GUESSES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(wrongGuesses - FREE_GUESSES - 1, 20);
    Duration backOff = Duration.ofSeconds(1L << doublings);
    return backOff.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : backOff;
  }

  private void pruneIfDue(Instant now) {
    Instant due = nextPrune.get();
    if (now.isBefore(due) || !nextPrune.compareAndSet(due, now.plus(Duration.ofMinutes(1)))) {
      return;
    }
    byName.values().removeIf(wrong -> wrong.last().plus(FORGET_AFTER).isBefore(now));
  }
}
