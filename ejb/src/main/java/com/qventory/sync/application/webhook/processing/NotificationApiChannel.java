package com.qventory.sync.application.webhook.processing;

import com.qventory.sync.application.inventory.EbayAnswers;
import com.qventory.sync.application.inventory.OrderConfirmations;
import com.qventory.sync.application.seller.AccessRevocations;
import com.qventory.sync.application.seller.AccountDeletions;
import com.qventory.sync.application.webhook.NotificationApiFormat;
import com.qventory.sync.application.webhook.processing.EventLog.Outcome;
import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.NotificationApiMessage;
import com.qventory.sync.domain.webhook.NotificationChannel;
import com.qventory.sync.domain.webhook.PlatformNotification;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The JSON Notification API's handler: applies one message per topic, in one transaction with its
 * event-log row ({@link EventLog}). Its event id is derived from eBay's notificationId, so a
 * redelivery finds the settled event and does nothing. Its messages are few (eBay expects some
 * 1,500 account deletions a day) and each is applied on its own, never in a batch.
 */
@Stateless
@PermitAll
public class NotificationApiChannel implements ChannelHandler {

  @Inject private EventLog eventLog;

  @Inject private NotificationApiFormat format;

  @Inject private AccountDeletions deletions;

  @Inject private AccessRevocations revocations;

  @Inject private OrderConfirmations orders;

  @Inject private Clock clock;

  @Override
  public NotificationChannel channel() {
    return NotificationChannel.NOTIFICATION_API;
  }

  @Override
  public WebhookEvent newEvent(InboundNotification inbound, Instant now) {
    String topic;
    try {
      topic = format.read(inbound.rawPayload()).topic();
    } catch (MalformedNotificationException e) {
      topic = PlatformNotification.UNKNOWN_EVENT;
    }
    return WebhookEvent.fromNotificationApi(
        inbound.notificationId(), topic, inbound.rawPayload(), inbound.receivedAt(), now);
  }

  @Override
  public void describeIfReadable(WebhookEvent event, InboundNotification inbound) {
    try {
      event.describe(format.read(inbound.rawPayload()));
    } catch (MalformedNotificationException e) {
      // described by its error instead
    }
  }

  @Override
  public WebhookEventStatus process(InboundNotification inbound, EbayAnswers answers)
      throws MalformedNotificationException {
    NotificationApiMessage notification = format.read(inbound.rawPayload());
    EventLog.Opened opened = eventLog.open(inbound, true, e -> e.describe(notification));
    if (opened.settled()) {
      return opened.settledAs();
    }
    WebhookEvent event = opened.event();
    Instant now = clock.instant();
    Outcome outcome =
        switch (notification.topic()) {
          case NotificationApiMessage.MARKETPLACE_ACCOUNT_DELETION -> {
            var erased = deletions.erase(notification, event.getId(), now);
            event.erase(format.proofOfHandling(notification), now);
            yield Outcome.of(WebhookEventStatus.PROCESSED, erased.sellerId());
          }
          case NotificationApiMessage.AUTHORIZATION_REVOCATION ->
              matched(revocations.revoked(notification, now));
          case NotificationApiMessage.ORDER_CONFIRMATION ->
              matched(orders.confirmed(notification, event.getId(), now, answers));
          default -> Outcome.of(WebhookEventStatus.IGNORED);
        };
    return eventLog.settle(inbound, event, outcome);
  }

  /** PROCESSED for the seller it was about; UNMATCHED when it was about none of ours. */
  private static Outcome matched(Optional<Long> seller) {
    return Outcome.of(
        seller.isPresent() ? WebhookEventStatus.PROCESSED : WebhookEventStatus.UNMATCHED, seller);
  }
}
