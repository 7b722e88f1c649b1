package com.qventory.sync.application.webhook.eventlog;

import com.qventory.sync.domain.webhook.ProcessingAttempt;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event-log row in full, for admins, with every processing attempt it had. */
public record WebhookEventDetail(
    WebhookEventSummary event,
    UUID notificationId,
    String soapAction,
    Long sellerId,
    String dedupKey,
    Long duplicateOf,
    boolean confirmWithEbay,
    String rawPayload,
    Instant replayedAt,
    String replayedBy,
    List<Attempt> attempts) {

  /**
   * One processing attempt.
   *
   * @param takenAt when the server took it off the queue
   * @param tookMillis from then to its outcome
   * @param node the server that made it
   */
  public record Attempt(
      int number,
      Instant takenAt,
      Instant finishedAt,
      long tookMillis,
      WebhookEventStatus outcome,
      String error,
      String node) {

    static Attempt of(ProcessingAttempt attempt) {
      return new Attempt(
          attempt.getNumber(),
          attempt.getTakenAt(),
          attempt.getFinishedAt(),
          attempt.took().toMillis(),
          attempt.getOutcome(),
          attempt.getError().orElse(null),
          attempt.getNode());
    }
  }

  static WebhookEventDetail of(
      WebhookEventSummary summary, WebhookEvent event, List<ProcessingAttempt> attempts) {
    return new WebhookEventDetail(
        summary,
        event.getNotificationId(),
        event.getSoapAction(),
        event.getSellerId(),
        event.getDedupKey(),
        event.getDuplicateOf(),
        event.isConfirmWithEbay(),
        event.getRawPayload(),
        event.getReplayedAt().orElse(null),
        event.getReplayedBy().orElse(null),
        attempts.stream().map(Attempt::of).toList());
  }
}
