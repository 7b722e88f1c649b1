package com.qventory.sync.domain.webhook;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

public interface WebhookEventRepository {

  void add(WebhookEvent event);

  Optional<WebhookEvent> find(long id);

  /** Records one processing attempt of a stored event. */
  void addAttempt(ProcessingAttempt attempt);

  /** The event's processing attempts, first to last. */
  List<ProcessingAttempt> attemptsOf(long eventId);

  /**
   * Holds, until the transaction ends, a lock that every transaction processing this notification
   * takes first — also before its event row exists, which a row lock cannot cover.
   */
  void serializeProcessingOf(UUID notificationId);

  /**
   * Deletes at most {@code limit} settled events (not FAILED or DEAD, and not the proof of an
   * account deletion) received before {@code before}; what pointed at them (sales, sync history,
   * the idempotency ledger, duplicates) lets go first. One node of a cluster prunes at a time.
   *
   * @return how many were deleted; empty when another node is pruning now
   */
  OptionalInt pruneSettled(Instant before, int limit);

  /** The event of one notification, locked until the transaction ends. */
  Optional<WebhookEvent> findByNotificationIdForUpdate(UUID notificationId);

  /**
   * Which of these notifications have an event already (nothing locked: look each one found up with
   * {@link #findByNotificationIdForUpdate}).
   */
  Set<UUID> recordedAmong(Collection<UUID> notificationIds);

  /**
   * The matching events newest first, {@code limit} of them, starting after {@code after} (from the
   * newest when empty).
   */
  List<WebhookEvent> search(WebhookEventFilter filter, Optional<EventLogPosition> after, int limit);

  /**
   * The ids of the replayable events (FAILED, DEAD, UNMATCHED, not erased) that match, oldest
   * first, at most {@code limit}.
   */
  List<Long> replayableIds(WebhookEventFilter filter, int limit);

  /** Counts the matches, but stops at {@code limit}: the smaller of the two. */
  long countUpTo(WebhookEventFilter filter, int limit);

  /** When the last notification for this seller arrived. */
  Optional<Instant> lastReceivedFor(long sellerId);

  /** Whether a notification with exactly this (masked) payload was ever taken in. */
  boolean existsWithPayloadDigest(String sha256);
}
