package com.qventory.sync.application.webhook.intake;

import com.qventory.sync.domain.webhook.SignatureRegister.Claim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The body first accepted under each signed Timestamp, for as long as that Timestamp is inside the
 * window. eBay's signature covers the Timestamp only: a signature seen once (in a log, a proxy, an
 * http URL) would otherwise carry any body for the whole window. What a signature proves is its
 * Timestamp — the same digest may be spelled in Base64 or as hex in any case — so the Timestamp
 * text is what is remembered, never the signature's spelling.
 *
 * <p>Remembered twice: in this server's memory (a redelivery to the same node costs nothing, and
 * the count of other bodies under one Timestamp lives here), and in the register every node shares
 * and that outlives restarts ({@link SharedSignatures}), asked when this node has not seen the
 * Timestamp. The register is asked only for a bounded time: while the database is away it is not
 * asked, and the notification is acknowledged all the same — processing asks the register again, in
 * the transaction that applies the notification, before anything is believed.
 *
 * <p>Only a valid signature inside the window is remembered, so only eBay (or whoever holds the
 * keyset) makes this grow: by eBay's own rate times the window.
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

  /** The register every node shares, asked for a bounded time. */
  public interface SharedSignatures {
    /**
     * @return the first body's digest under the claim's Timestamp (the claim's own when it was
     *     first); empty when the register could not be asked in time
     */
    Optional<String> firstBody(Claim claim);
  }

  /** Other bodies accepted (and confirmed with eBay) under one Timestamp, at most. */
  public static final int MAX_OTHER_BODIES = 16;

  private static final Duration PRUNE_EVERY = Duration.ofSeconds(10);

  private static final class Remembered {
    volatile String bodyDigest;
    final Instant forgetAt;
    final AtomicInteger otherBodies = new AtomicInteger();

    Remembered(String bodyDigest, Instant forgetAt) {
      this.bodyDigest = bodyDigest;
      this.forgetAt = forgetAt;
    }
  }

  @Inject private SharedSignatures shared;

  private final ConcurrentHashMap<String, Remembered> byTimestamp = new ConcurrentHashMap<>();

  private final AtomicReference<Instant> nextPrune = new AtomicReference<>(Instant.MIN);

  AcceptedSignatures() {}

  AcceptedSignatures(SharedSignatures shared) {
    this.shared = shared;
  }

  /**
   * Remembers {@code bodyDigest} under the signed Timestamp (the first body wins, here and in the
   * shared register) and says how the Timestamp was used before.
   *
   * @param signedTimestamp the Timestamp text the signature was checked against
   * @param forgetAt when the Timestamp leaves the window: the signature is refused from then on
   */
  public Use use(String signedTimestamp, String bodyDigest, Instant forgetAt, Instant now) {
    pruneIfDue(now);
    Remembered mine = new Remembered(bodyDigest, forgetAt);
    Remembered first =
        byTimestamp.merge(
            signedTimestamp, mine, (old, fresh) -> old.forgetAt.isBefore(now) ? fresh : old);
    if (first == mine) {
      Optional<String> sharedFirst =
          shared.firstBody(new Claim(signedTimestamp, bodyDigest, forgetAt));
      if (sharedFirst.isEmpty() || sharedFirst.get().equals(bodyDigest)) {
        return Use.FIRST;
      }
      mine.bodyDigest = sharedFirst.get(); // another node, or this one before a restart, had it
    }
    if (first.bodyDigest.equals(bodyDigest)) {
      return Use.SAME_BODY;
    }
    return first.otherBodies.incrementAndGet() <= MAX_OTHER_BODIES
        ? Use.OTHER_BODY
        : Use.TOO_MANY_BODIES;
  }

  /** Timestamps remembered in this server now (for tests and the admin's curiosity). */
  public int size() {
    return byTimestamp.size();
  }

  private void pruneIfDue(Instant now) {
    Instant due = nextPrune.get();
    if (now.isBefore(due) || !nextPrune.compareAndSet(due, now.plus(PRUNE_EVERY))) {
      return;
    }
    byTimestamp.values().removeIf(remembered -> remembered.forgetAt.isBefore(now));
  }
}
