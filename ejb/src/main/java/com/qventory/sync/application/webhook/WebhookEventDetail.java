package com.qventory.sync.application.webhook;

import com.qventory.sync.domain.webhook.WebhookEvent;
import java.util.UUID;

/** An event-log row in full, for admins. */
public record WebhookEventDetail(
    WebhookEventSummary event,
    UUID notificationId,
    String soapAction,
    Long sellerId,
    String dedupKey,
    Long duplicateOf,
    boolean confirmWithEbay,
    String rawPayload,
    java.time.Instant replayedAt,
    String replayedBy) {

  static WebhookEventDetail of(WebhookEvent event) {
    return new WebhookEventDetail(
        WebhookEventSummary.of(event),
        event.getNotificationId(),
        event.getSoapAction(),
        event.getSellerId(),
        event.getDedupKey(),
        event.getDuplicateOf(),
        event.isConfirmWithEbay(),
        event.getRawPayload(),
        event.getReplayedAt().orElse(null),
        event.getReplayedBy().orElse(null));
  }
}
