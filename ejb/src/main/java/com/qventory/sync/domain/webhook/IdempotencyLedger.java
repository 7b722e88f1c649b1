package com.qventory.sync.domain.webhook;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers which notification effects were applied. A claim is decided by the database's primary
 * key on the key's hash, so two deliveries racing on two nodes cannot both win.
 */
public interface IdempotencyLedger {

  /**
   * Claims {@code key} for {@code webhookEventId}, in the caller's transaction.
   *
   * @return empty when this event now owns the key; otherwise the event that applied it first
   */
  Optional<Long> claim(DedupKey key, long webhookEventId, Instant now);
}
