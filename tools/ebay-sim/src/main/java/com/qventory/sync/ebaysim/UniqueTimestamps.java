package com.qventory.sync.ebaysim;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * Gives each notification a Timestamp no other one has: the first millisecond from the one asked
 * for that is still free. eBay's NotificationSignature covers the Timestamp alone, so two
 * notifications of one millisecond carry one signature, which the application confirms with eBay
 * (GetItem) rather than believes — right, but a stream of distinct notifications is meant to take
 * the ordinary path; that one has its own test. Stamps are remembered for longer than the
 * application's signature window, in any order (a late notification is stamped in the past).
 */
public final class UniqueTimestamps {

  private static final Duration MEMORY = Duration.ofMinutes(15);

  private final Set<Long> taken = new HashSet<>();
  private final ArrayDeque<Long> order = new ArrayDeque<>();

  /** {@code at} (to the millisecond), or the first free millisecond after it. */
  public synchronized Instant next(Instant at) {
    long millis = at.truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
    while (!taken.add(millis)) {
      millis++;
    }
    order.addLast(millis);
    long forgetBefore = millis - MEMORY.toMillis();
    while (!order.isEmpty() && order.peekFirst() < forgetBefore) {
      taken.remove(order.removeFirst());
    }
    return Instant.ofEpochMilli(millis);
  }
}
