package com.qventory.sync.application;

import com.qventory.sync.domain.webhook.PlatformNotification;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/** Writes the event log: one {@link WebhookEvent} row for each notification taken off the queue. */
@Stateless
@PermitAll
public class WebhookEventRecorder {

  private static final Logger LOG = Logger.getLogger(WebhookEventRecorder.class.getName());

  @Inject private WebhookEventRepository events;

  @Inject private Clock clock;

  public WebhookEvent record(PlatformNotification notification, Instant receivedAt) {
    WebhookEvent event =
        WebhookEvent.receivedPlatformNotification(
            notification.eventName(),
            notification.ebayItemId().orElse(null),
            notification.recipientUserId().orElse(null),
            notification.ebayTimestamp().orElse(null),
            receivedAt,
            clock.instant(),
            notification.rawPayload());
    events.add(event);
    LOG.fine(
        () ->
            "[PLATFORM] Recorded "
                + event.getTopic()
                + " for item "
                + notification.ebayItemId().orElse("-"));
    return event;
  }

  /** Keeps a notification that could not be read, so an admin can see and repair it. */
  public WebhookEvent recordUnreadable(String rawPayload, Instant receivedAt, String error) {
    WebhookEvent event = WebhookEvent.unreadable(rawPayload, receivedAt, clock.instant(), error);
    events.add(event);
    return event;
  }
}
