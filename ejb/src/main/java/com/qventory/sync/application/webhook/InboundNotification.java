package com.qventory.sync.application.webhook;

import com.qventory.sync.domain.webhook.PlatformNotification;
import com.qventory.sync.domain.webhook.WebhookEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One delivery of a queued notification to processing.
 *
 * @param confirmWithEbay its signature came before with another body (see {@link
 *     AcceptedSignatures}): what it says about a listing is asked from eBay, not taken from it
 */
public record InboundNotification(
    UUID notificationId,
    String rawPayload,
    String soapAction,
    Instant receivedAt,
    int delivery,
    boolean confirmWithEbay) {

  public InboundNotification {
    Objects.requireNonNull(notificationId, "notificationId");
    Objects.requireNonNull(rawPayload, "rawPayload");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (delivery < 1) {
      throw new IllegalArgumentException("delivery counts from 1");
    }
  }

  /** Its event-log row, before anything is read from it. */
  WebhookEvent newEvent(Instant now) {
    return new WebhookEvent(
        notificationId,
        PlatformNotification.eventNameFromSoapAction(soapAction)
            .orElse(PlatformNotification.UNKNOWN_EVENT),
        soapAction,
        rawPayload,
        receivedAt,
        now,
        confirmWithEbay);
  }
}
