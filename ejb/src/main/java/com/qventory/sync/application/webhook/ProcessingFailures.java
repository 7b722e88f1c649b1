package com.qventory.sync.application.webhook;

import com.qventory.sync.application.LogText;
import com.qventory.sync.application.NotificationSettled;
import com.qventory.sync.domain.webhook.ApiNotification;
import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.NotificationChannel;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Records a failed processing attempt in its own transaction (the attempt's own rolled back). The
 * last allowed attempt makes the notification DEAD and puts it on the dead-letter queue, in the
 * same transaction, so that it is never both retried and dead.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ProcessingFailures {

  private static final Logger LOG = Logger.getLogger(ProcessingFailures.class.getName());

  @Inject private WebhookEventRepository events;

  @Inject private NotificationQueue queue;

  @Inject private WebhookSettings settings;

  @Inject private NotificationReader reader;

  @Inject private Clock clock;

  @Inject private jakarta.enterprise.event.Event<NotificationSettled> settled;

  private void describeIfReadable(WebhookEvent event, InboundNotification inbound) {
    try {
      if (inbound.channel() == NotificationChannel.NOTIFICATION_API) {
        event.describe(ApiNotification.read(inbound.rawPayload()));
      } else {
        event.describe(reader.read(inbound.rawPayload(), inbound.soapAction()));
      }
    } catch (MalformedNotificationException e) {
      // described by its error instead
    }
  }

  /**
   * @return the status now recorded: FAILED (will be retried) or DEAD (given up)
   */
  public WebhookEventStatus recordFailure(InboundNotification inbound, String error) {
    WebhookEvent event =
        events
            .findByNotificationIdForUpdate(inbound.notificationId())
            .orElseGet(
                () -> {
                  WebhookEvent created = inbound.newEvent(clock.instant());
                  describeIfReadable(created, inbound);
                  events.add(created);
                  return created;
                });
    if (event.isSettled()) {
      return event.getStatus();
    }
    if (inbound.delivery() >= settings.maxAttempts()) {
      event.dead(error, clock.instant());
      queue.deadLetter(
          inbound.notificationId(),
          inbound.rawPayload(),
          inbound.soapAction(),
          inbound.receivedAt(),
          inbound.confirmWithEbay(),
          inbound.channel(),
          error);
      LOG.severe(
          "[PLATFORM] Notification "
              + inbound.notificationId()
              + " ("
              + LogText.safe(event.getTopic())
              + ", item "
              + LogText.safe(event.getEbayItemId())
              + ") is DEAD after "
              + inbound.delivery()
              + " attempts: "
              + LogText.safe(error)
              + ". It is on the dead-letter queue; replay it once the cause is fixed.");
      settled.fire(NotificationSettled.of(event, clock.instant()));
      return WebhookEventStatus.DEAD;
    }
    event.failed(error);
    LOG.warning(
        "[PLATFORM] Notification "
            + inbound.notificationId()
            + " ("
            + LogText.safe(event.getTopic())
            + ", item "
            + LogText.safe(event.getEbayItemId())
            + ") failed attempt "
            + inbound.delivery()
            + " of "
            + settings.maxAttempts()
            + ": "
            + LogText.safe(error));
    settled.fire(NotificationSettled.of(event, clock.instant()));
    return WebhookEventStatus.FAILED;
  }
}
