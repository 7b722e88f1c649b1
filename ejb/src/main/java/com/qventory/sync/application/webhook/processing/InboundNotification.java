package com.qventory.sync.application.webhook.processing;

import com.qventory.sync.application.webhook.QueuedNotification;
import com.qventory.sync.domain.webhook.NotificationChannel;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One delivery of a queued notification to processing.
 *
 * @param delivery how many times the queue has delivered it, this one included (from 1)
 * @param takenAt when this server took this delivery off the queue: the start of the attempt
 */
public record InboundNotification(QueuedNotification queued, int delivery, Instant takenAt) {

  public InboundNotification {
    Objects.requireNonNull(queued, "queued");
    Objects.requireNonNull(takenAt, "takenAt");
    if (delivery < 1) {
      throw new IllegalArgumentException("delivery counts from 1");
    }
  }

  public UUID notificationId() {
    return queued.notificationId();
  }

  public String rawPayload() {
    return queued.rawPayload();
  }

  public String soapAction() {
    return queued.soapAction();
  }

  public Instant receivedAt() {
    return queued.receivedAt();
  }

  public boolean confirmWithEbay() {
    return queued.confirmWithEbay();
  }

  public NotificationChannel channel() {
    return queued.channel();
  }

  /** The same delivery, its body not believed: its listing is asked from eBay. */
  public InboundNotification confirmingWithEbay() {
    return new InboundNotification(queued.confirmingWithEbay(), delivery, takenAt);
  }
}
