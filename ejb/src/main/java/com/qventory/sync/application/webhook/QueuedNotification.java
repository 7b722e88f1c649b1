package com.qventory.sync.application.webhook;

import com.qventory.sync.application.webhook.intake.AcceptedSignatures;
import com.qventory.sync.domain.webhook.NotificationChannel;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A notification as it travels on the queue: its text and the few facts processing needs, never
 * objects.
 *
 * @param soapAction the SOAPAction header of a SOAP notification; null for a JSON one
 * @param receivedAt when our endpoint accepted it (the start of the latency we promise)
 * @param confirmWithEbay its signature came before with another body (see {@link
 *     AcceptedSignatures}): what it says about a listing is asked from eBay, not taken from it
 * @param channel how eBay pushed it: a SOAP Platform Notification or a JSON Notification API
 *     message
 */
public record QueuedNotification(
    UUID notificationId,
    String rawPayload,
    String soapAction,
    Instant receivedAt,
    boolean confirmWithEbay,
    NotificationChannel channel) {

  public QueuedNotification {
    Objects.requireNonNull(notificationId, "notificationId");
    Objects.requireNonNull(rawPayload, "rawPayload");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(channel, "channel");
  }

  /** A SOAP Platform Notification, believed. */
  public static QueuedNotification platform(
      UUID notificationId, String rawPayload, String soapAction, Instant receivedAt) {
    return new QueuedNotification(
        notificationId, rawPayload, soapAction, receivedAt, false, NotificationChannel.PLATFORM);
  }

  /** A JSON Notification API message. */
  public static QueuedNotification notificationApi(
      UUID notificationId, String rawPayload, Instant receivedAt) {
    return new QueuedNotification(
        notificationId, rawPayload, null, receivedAt, false, NotificationChannel.NOTIFICATION_API);
  }

  /** The same notification, its body not believed: its listing is asked from eBay. */
  public QueuedNotification confirmingWithEbay() {
    return new QueuedNotification(
        notificationId, rawPayload, soapAction, receivedAt, true, channel);
  }
}
