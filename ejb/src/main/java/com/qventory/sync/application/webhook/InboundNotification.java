package com.qventory.sync.application.webhook;

import com.qventory.sync.domain.webhook.ApiNotification;
import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.NotificationChannel;
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
 * @param channel how eBay pushed it: a SOAP Platform Notification or a JSON Notification API
 *     message
 */
public record InboundNotification(
    UUID notificationId,
    String rawPayload,
    String soapAction,
    Instant receivedAt,
    int delivery,
    boolean confirmWithEbay,
    NotificationChannel channel) {

  public InboundNotification {
    Objects.requireNonNull(notificationId, "notificationId");
    Objects.requireNonNull(rawPayload, "rawPayload");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(channel, "channel");
    if (delivery < 1) {
      throw new IllegalArgumentException("delivery counts from 1");
    }
  }

  /** A SOAP Platform Notification. */
  public InboundNotification(
      UUID notificationId,
      String rawPayload,
      String soapAction,
      Instant receivedAt,
      int delivery,
      boolean confirmWithEbay) {
    this(
        notificationId,
        rawPayload,
        soapAction,
        receivedAt,
        delivery,
        confirmWithEbay,
        NotificationChannel.PLATFORM);
  }

  /** The same delivery, its body not believed: its listing is asked from eBay. */
  public InboundNotification confirmingWithEbay() {
    return new InboundNotification(
        notificationId, rawPayload, soapAction, receivedAt, delivery, true, channel);
  }

  /** Its event-log row, before anything is read from it. */
  WebhookEvent newEvent(Instant now) {
    if (channel == NotificationChannel.NOTIFICATION_API) {
      String topic;
      try {
        topic = ApiNotification.read(rawPayload).topic();
      } catch (MalformedNotificationException e) {
        topic = PlatformNotification.UNKNOWN_EVENT;
      }
      return WebhookEvent.fromNotificationApi(notificationId, topic, rawPayload, receivedAt, now);
    }
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
