package com.qventory.sync.application;

import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import java.time.Instant;

/** One row of the admin's webhook event log. */
public record WebhookEventSummary(
    long id,
    String topic,
    String ebayItemId,
    String recipientUserId,
    Instant ebayTimestamp,
    Instant receivedAt,
    Instant recordedAt,
    WebhookEventStatus status,
    int attempts,
    String lastError) {

  static WebhookEventSummary of(WebhookEvent event) {
    return new WebhookEventSummary(
        event.getId(),
        event.getTopic(),
        event.getEbayItemId(),
        event.getRecipientUserId(),
        event.getEbayTimestamp(),
        event.getReceivedAt(),
        event.getRecordedAt(),
        event.getStatus(),
        event.getAttempts(),
        event.getLastError());
  }
}
