package com.qventory.sync.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The body first accepted under each (Timestamp, NotificationSignature), for as long as that
 * Timestamp is inside the window. eBay's signature covers the Timestamp only: a signature seen once
 * (in a log, a proxy, an http URL) would otherwise carry any body for the whole window. Only a
 * valid signature inside the window is remembered, so only eBay (or whoever holds the keyset) makes
 * this grow: by eBay's own rate times the window. Kept in this server's memory: a restart, or
 * another node of a cluster, starts with none remembered.
 */
@ApplicationScoped
public class AcceptedSignatures {

  /** What a signature's earlier use says about a body that comes with it. */
  public enum Use {
    /** Not seen inside the window. */
    FIRST,
    /** Seen with this same body: a redelivery, de-duplicated later as usual. */
    SAME_BODY,
    /** Seen with another body: a replayed signature, or two notifications in one millisecond. */
    OTHER_BODY,
    /**
     * Seen with more other bodies than eBay ever sends in one millisecond: refuse it, so that a
     * replayed signature cannot make us spend eBay's call limits confirming forgeries.
     */
    TOO_MANY_BODIES
  }

  /** Other bodies accepted (and confirmed with eBay) under one signature, at most. */
  public static final int MAX_OTHER_BODIES = 16;

  private static final Duration PRUNE_EVERY = Duration.ofSeconds(10);

  private record Remembered(String bodyDigest, Instant forgetAt, AtomicInteger otherBodies) {}

  private final ConcurrentHashMap<String, Remembered> bySignature = new ConcurrentHashMap<>();

  private final AtomicReference<Instant> nextPrune = new AtomicReference<>(Instant.MIN);

  /**
   * Remembers {@code bodyDigest} under the signature (the first body wins) and says how the
   * signature was used before.
   *
   * @param forgetAt when the Timestamp leaves the window: the signature is refused from then on
   */
  public Use use(
      String timestampText, String signature, String bodyDigest, Instant forgetAt, Instant now) {
    pruneIfDue(now);
    Remembered mine = new Remembered(bodyDigest, forgetAt, new AtomicInteger());
    Remembered first =
        bySignature.merge(
            timestampText + '\n' + signature.strip(),
            mine,
            (old, fresh) -> old.forgetAt().isBefore(now) ? fresh : old);
    if (first == mine) {
      return Use.FIRST;
    }
    if (first.bodyDigest().equals(bodyDigest)) {
      return Use.SAME_BODY;
    }
    return first.otherBodies().incrementAndGet() <= MAX_OTHER_BODIES
        ? Use.OTHER_BODY
        : Use.TOO_MANY_BODIES;
  }

  /** Signatures remembered now (for tests and the admin's curiosity). */
  public int size() {
    return bySignature.size();
  }

  private void pruneIfDue(Instant now) {
    Instant due = nextPrune.get();
    if (now.isBefore(due) || !nextPrune.compareAndSet(due, now.plus(PRUNE_EVERY))) {
      return;
    }
    bySignature.values().removeIf(remembered -> remembered.forgetAt().isBefore(now));
  }
}
