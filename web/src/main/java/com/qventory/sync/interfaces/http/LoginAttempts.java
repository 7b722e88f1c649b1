package com.qventory.sync.interfaces.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who may try a password now, and what a failed try costs. Four counts, each chosen so that an
 * attacker pays and the owner does not:
 *
 * <ul>
 *   <li><b>Per address and minute</b>: failed log-ins and sign-up posts. Past the limit the address
 *       is refused until the next minute — before any password is hashed.
 *   <li><b>Per username and address</b>: after {@link #FREE_GUESSES} wrong passwords the pair backs
 *       off, 1 s doubling to {@link #MAX_BACK_OFF}, during which even the right password is refused
 *       unchecked. The pair, not the name alone: a name that backed off for everyone would let
 *       anyone keep its owner out for good with one wrong guess each time the back-off ends. The
 *       owner, on their own address, is never slowed by someone else's guesses.
 *   <li><b>Per username and hour, from every address together</b>: past {@code
 *       guessesPerNamePerHour} wrong passwords the name is refused for the rest of that hour — but
 *       only to addresses it never logged in from. So guessing one name from many addresses stays
 *       slow (a ceiling of so many guesses an hour, whatever the number of addresses), and the
 *       owner still gets in from where they logged in before; only a new address waits out the
 *       hour.
 *   <li><b>Known addresses per username</b>: the last {@link #KNOWN_ADDRESSES} addresses a name
 *       logged in from, for {@link #REMEMBER_ADDRESSES}.
 * </ul>
 *
 * Every map is bounded ({@code maxEntries}); the oldest entries make room. Names are only counted
 * once they pass the username rule, so a megabyte of name is never kept.
 */
final class LoginAttempts {

  static final int FREE_GUESSES = 5;
  static final Duration MAX_BACK_OFF = Duration.ofMinutes(15);
  static final Duration FORGET_GUESSES_AFTER = Duration.ofHours(1);
  static final Duration NAME_WINDOW = Duration.ofHours(1);
  static final int KNOWN_ADDRESSES = 8;
  static final Duration REMEMBER_ADDRESSES = Duration.ofDays(90);

  /** The configurable limits. */
  record Limits(
      int failuresPerMinute, int signUpsPerMinute, int guessesPerNamePerHour, int maxEntries) {}

  /** Whether a try may go on to the password check, and if not, when to come back. */
  sealed interface Verdict permits Allowed, Refused {}

  record Allowed() implements Verdict {}

  record Refused(Duration retryAfter, String why) implements Verdict {}

  private static final Allowed ALLOWED = new Allowed();

  private record Window(long start, int count) {}

  private record Guesses(int wrong, Instant last, Instant backOffUntil) {}

  private record Pair(String name, String address) {}

  private final Limits limits;
  private final Clock clock;

  private final Map<String, Window> failuresByAddress;
  private final Map<String, Window> signUpsByAddress;
  private final Map<Pair, Guesses> byPair;
  private final Map<String, Window> wrongByName;
  private final Map<String, Deque<Map.Entry<String, Instant>>> knownAddresses;

  LoginAttempts(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.failuresByAddress = bounded(limits.maxEntries());
    this.signUpsByAddress = bounded(limits.maxEntries());
    this.byPair = bounded(limits.maxEntries());
    this.wrongByName = bounded(limits.maxEntries());
    this.knownAddresses = bounded(limits.maxEntries());
  }

  /**
   * Before a log-in's password is checked.
   *
   * @param name the username tried, or empty when it does not follow the username rule (then only
   *     the address is looked at)
   */
  synchronized Verdict beforeLogIn(Optional<String> name, String address) {
    Instant now = clock.instant();
    Optional<Duration> addressWait =
        full(failuresByAddress, address, limits.failuresPerMinute(), now);
    if (addressWait.isPresent()) {
      return new Refused(addressWait.get(), "too many failed log-ins from this address");
    }
    if (name.isEmpty()) {
      return ALLOWED;
    }
    Guesses guesses = byPair.get(new Pair(name.get(), address));
    if (guesses != null && now.isBefore(guesses.backOffUntil())) {
      return new Refused(
          roundUp(Duration.between(now, guesses.backOffUntil())),
          "too many wrong passwords for this username from this address");
    }
    Window wrong = wrongByName.get(name.get());
    if (wrong != null
        && wrong.count() >= limits.guessesPerNamePerHour()
        && now.toEpochMilli() < wrong.start() + NAME_WINDOW.toMillis()
        && !known(name.get(), address, now)) {
      return new Refused(
          roundUp(Duration.ofMillis(wrong.start() + NAME_WINDOW.toMillis() - now.toEpochMilli())),
          "too many wrong passwords for this username; it can still log in from where it did"
              + " before");
    }
    return ALLOWED;
  }

  /** A sign-up post: counted, and refused past the address's limit for this minute. */
  synchronized Verdict signUp(String address) {
    Instant now = clock.instant();
    Optional<Duration> wait = full(signUpsByAddress, address, limits.signUpsPerMinute(), now);
    if (wait.isPresent()) {
      return new Refused(wait.get(), "too many sign-ups from this address");
    }
    countInMinute(signUpsByAddress, address, now);
    return ALLOWED;
  }

  /** A wrong password (or a name that cannot exist, then {@code name} is empty). */
  synchronized void failed(Optional<String> name, String address) {
    Instant now = clock.instant();
    countInMinute(failuresByAddress, address, now);
    if (name.isEmpty()) {
      return;
    }
    byPair.compute(
        new Pair(name.get(), address),
        (pair, before) -> {
          int wrong =
              before == null || before.last().plus(FORGET_GUESSES_AFTER).isBefore(now)
                  ? 1
                  : before.wrong() + 1;
          return new Guesses(wrong, now, now.plus(backOff(wrong)));
        });
    wrongByName.compute(
        name.get(),
        (key, before) ->
            before == null || now.toEpochMilli() >= before.start() + NAME_WINDOW.toMillis()
                ? new Window(now.toEpochMilli(), 1)
                : new Window(before.start(), before.count() + 1));
  }

  /** The right password: the pair starts afresh, and the address is one the name is known at. */
  synchronized void succeeded(String name, String address) {
    Instant now = clock.instant();
    byPair.remove(new Pair(name, address));
    Deque<Map.Entry<String, Instant>> known =
        knownAddresses.computeIfAbsent(name, key -> new ArrayDeque<>());
    known.removeIf(entry -> entry.getKey().equals(address));
    known.addFirst(Map.entry(address, now));
    while (known.size() > KNOWN_ADDRESSES) {
      known.removeLast();
    }
  }

  static Duration backOff(int wrongGuesses) {
    if (wrongGuesses <= FREE_GUESSES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(wrongGuesses - FREE_GUESSES - 1, 20);
    Duration backOff = Duration.ofSeconds(1L << doublings);
    return backOff.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : backOff;
  }

  /** Entries kept now, across every count (for tests: the maps stay bounded). */
  synchronized int entries() {
    return failuresByAddress.size()
        + signUpsByAddress.size()
        + byPair.size()
        + wrongByName.size()
        + knownAddresses.size();
  }

  private boolean known(String name, String address, Instant now) {
    Deque<Map.Entry<String, Instant>> known = knownAddresses.get(name);
    return known != null
        && known.stream()
            .anyMatch(
                entry ->
                    entry.getKey().equals(address)
                        && entry.getValue().plus(REMEMBER_ADDRESSES).isAfter(now));
  }

  private static Optional<Duration> full(
      Map<String, Window> windows, String address, int limit, Instant now) {
    Window window = windows.get(address);
    long minute = now.getEpochSecond() / 60;
    if (window == null || window.start() != minute || window.count() < limit) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Math.max(1, 60 - now.getEpochSecond() % 60)));
  }

  private static void countInMinute(Map<String, Window> windows, String address, Instant now) {
    long minute = now.getEpochSecond() / 60;
    windows.compute(
        address,
        (key, before) ->
            before == null || before.start() != minute
                ? new Window(minute, 1)
                : new Window(minute, before.count() + 1));
  }

  private static Duration roundUp(Duration wait) {
    long seconds = wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0);
    return Duration.ofSeconds(Math.max(1, seconds));
  }

  /** A map that forgets its least recently used entry once it holds {@code maxEntries}. */
  private static <K, V> Map<K, V> bounded(int maxEntries) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > maxEntries;
      }
    };
  }
}
