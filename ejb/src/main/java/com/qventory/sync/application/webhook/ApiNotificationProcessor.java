package com.qventory.sync.application.webhook;

import com.qventory.sync.application.NotificationSettled;
import com.qventory.sync.application.inventory.EbayAnswers;
import com.qventory.sync.application.inventory.OrderConfirmations;
import com.qventory.sync.application.seller.AccessRevocations;
import com.qventory.sync.application.seller.AccountDeletions;
import com.qventory.sync.domain.webhook.ApiNotification;
import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies one JSON Notification API message, in one transaction with its event-log row. Its event
 * id is derived from eBay's notificationId, so a redelivery finds the settled event and does
 * nothing.
 */
@Stateless
@PermitAll
public class ApiNotificationProcessor {

  @Inject private WebhookEventRepository events;

  @Inject private AccountDeletions deletions;

  @Inject private AccessRevocations revocations;

  @Inject private OrderConfirmations orders;

  @Inject private Clock clock;

  @Inject private jakarta.enterprise.event.Event<NotificationSettled> settled;

  /**
   * @throws MalformedNotificationException when it cannot be read (a poison message)
   */
  public WebhookEventStatus process(InboundNotification inbound, EbayAnswers answers)
      throws MalformedNotificationException {
    Instant now = clock.instant();
    // Two deliveries of one message can be taken off the queue at once (eBay redelivers what it
    // thinks unanswered): the second waits here for the first to commit, then finds it settled.
    events.serializeProcessingOf(inbound.notificationId());
    Optional<WebhookEvent> recorded =
        events.findByNotificationIdForUpdate(inbound.notificationId());
    if (recorded.isPresent() && recorded.get().isSettled()) {
      return recorded.get().getStatus();
    }
    ApiNotification notification = ApiNotification.read(inbound.rawPayload());
    WebhookEvent event = recorded.orElseGet(() -> inbound.newEvent(now));
    event.describe(notification);
    if (recorded.isEmpty()) {
      events.add(event);
    }
    switch (notification.topic()) {
      case ApiNotification.MARKETPLACE_ACCOUNT_DELETION -> {
        var erased = deletions.erase(notification, event.getId(), now);
        event.erase(proofOfHandling(notification), now);
        return settle(event, WebhookEventStatus.PROCESSED, erased.sellerId().orElse(null));
      }
      case ApiNotification.AUTHORIZATION_REVOCATION -> {
        Optional<Long> seller = revocations.revoked(notification, now);
        return settle(
            event,
            seller.isPresent() ? WebhookEventStatus.PROCESSED : WebhookEventStatus.UNMATCHED,
            seller.orElse(null));
      }
      case ApiNotification.ORDER_CONFIRMATION -> {
        Optional<Long> seller = orders.confirmed(notification, event.getId(), now, answers);
        return settle(
            event,
            seller.isPresent() ? WebhookEventStatus.PROCESSED : WebhookEventStatus.UNMATCHED,
            seller.orElse(null));
      }
      default -> {
        return settle(event, WebhookEventStatus.IGNORED, null);
      }
    }
  }

  /**
   * What the deletion's own event keeps: that eBay's message with this id and dates was received
   * and handled — not whom it named.
   */
  static String proofOfHandling(ApiNotification deletion) {
    var notification =
        Json.createObjectBuilder()
            .add("notificationId", deletion.notificationId())
            .add("publishAttemptCount", deletion.publishAttemptCount())
            .add("data", Json.createObjectBuilder().add("erased", true));
    deletion.eventDate().ifPresent(date -> notification.add("eventDate", date.toString()));
    deletion.publishDate().ifPresent(date -> notification.add("publishDate", date.toString()));
    var metadata = Json.createObjectBuilder().add("topic", deletion.topic());
    deletion.schemaVersion().ifPresent(version -> metadata.add("schemaVersion", version));
    return Json.createObjectBuilder()
        .add("metadata", metadata)
        .add("notification", notification)
        .build()
        .toString();
  }

  private WebhookEventStatus settle(WebhookEvent event, WebhookEventStatus status, Long sellerId) {
    Instant now = clock.instant();
    event.settle(status, sellerId, null, null, now);
    settled.fire(NotificationSettled.of(event, now));
    return status;
  }
}
