package com.qventory.sync.application.webhook.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts each source address's refused requests per minute. Past the limit, its requests are
 * answered 429 before they are read: no parse, no signature check, no row — a hostile sender costs
 * at most that many rows a minute. Accepted notifications are never counted, so eBay is slowed only
 * while every one of its requests is refused anyway (a wrong keyset).
 */
@ApplicationScoped
public class RefusalLimiter {

  static final Duration WINDOW = Duration.ofMinutes(1);

  /** Addresses counted in one minute, at most: the map stays bounded whatever a flood holds. */
  static final int MAX_ADDRESSES = 100_000;

  /** What {@link #refused} answers for an address it could not count: the minute is full. */
  public static final int NOT_COUNTED = -1;

  private record Window(long minute, AtomicInteger refused) {}

  private final ConcurrentHashMap<String, Window> byAddress = new ConcurrentHashMap<>();

  private volatile long prunedMinute;

  /** Whether the address has had {@code limit} refusals this minute already. */
  public boolean overLimit(String address, int limit, Instant now) {
    Window window = byAddress.get(address);
    return window != null && window.minute() == minute(now) && window.refused().get() >= limit;
  }

  /**
   * When the address is heard again, if it had {@code limit} refusals this minute already (its
   * requests are answered 429 unread until then).
   */
  public Optional<Instant> refusingUntil(String address, int limit, Instant now) {
    return overLimit(address, limit, now) ? Optional.of(retryAfter(now)) : Optional.empty();
  }

  /**
   * Counts one refusal.
   *
   * @return the refusals of this address this minute, this one included; {@link #NOT_COUNTED} when
   *     {@link #MAX_ADDRESSES} other addresses were refused this minute already (such a refusal is
   *     answered as any, but not recorded: a flood from that many addresses cannot fill memory or
   *     the refusal log)
   */
  public int refused(String address, Instant now) {
    long minute = minute(now);
    pruneIfNewMinute(minute);
    if (byAddress.size() >= MAX_ADDRESSES && !byAddress.containsKey(address)) {
      return NOT_COUNTED;
    }
    return byAddress
        .compute(
            address,
            (key, window) ->
                window == null || window.minute() != minute
                    ? new Window(minute, new AtomicInteger())
                    : window)
        .refused()
        .incrementAndGet();
  }

  /** When the address may be heard again: the start of the next minute. */
  public Instant retryAfter(Instant now) {
    return Instant.ofEpochMilli((minute(now) + 1) * WINDOW.toMillis());
  }

  private void pruneIfNewMinute(long minute) {
    if (prunedMinute != minute) {
      prunedMinute = minute;
      byAddress.values().removeIf(window -> window.minute() < minute);
    }
  }

  private static long minute(Instant now) {
    return now.toEpochMilli() / WINDOW.toMillis();
  }
}
