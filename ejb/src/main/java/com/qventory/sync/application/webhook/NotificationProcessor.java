package com.qventory.sync.application.webhook;

import com.qventory.sync.application.inventory.ListingSync;
import com.qventory.sync.domain.inventory.SyncSource;
import com.qventory.sync.domain.webhook.DedupKey;
import com.qventory.sync.domain.webhook.IdempotencyLedger;
import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.PlatformNotification;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Applies one notification to the seller's inventory, in one transaction with its event-log row:
 * either both commit or neither does. Exactly once per idempotency key ({@link DedupKey}), and
 * never older eBay state over newer.
 */
@Stateless
@PermitAll
public class NotificationProcessor {

  @Inject private WebhookEventRepository events;

  @Inject private IdempotencyLedger ledger;

  @Inject private TenantResolver tenants;

  @Inject private NotificationReader reader;

  @Inject private ListingSync listings;

  @Inject private Clock clock;

  /**
   * @return what became of the notification
   * @throws MalformedNotificationException when it cannot be read (a poison notification)
   */
  public WebhookEventStatus process(InboundNotification inbound)
      throws MalformedNotificationException {
    Instant now = clock.instant();
    WebhookEvent event = eventOf(inbound, now);
    if (event.isSettled()) {
      return event.getStatus(); // a redelivery of a message whose effect is committed
    }
    PlatformNotification notification = reader.read(inbound.rawPayload(), inbound.soapAction());
    event.describe(notification);

    EventKind kind = EventKind.of(notification.eventName());
    Optional<String> itemId = notification.ebayItemId();
    if (kind == EventKind.OTHER || itemId.isEmpty()) {
      return settle(event, WebhookEventStatus.IGNORED, null, null, null);
    }
    Optional<Long> seller = tenants.sellerOf(notification);
    if (seller.isEmpty()) {
      return settle(event, WebhookEventStatus.UNMATCHED, null, null, null);
    }
    DedupKey key = DedupKey.of(notification);
    AtomicReference<Long> duplicateOf = new AtomicReference<>();
    ListingSync.Once once =
        () -> {
          Optional<Long> first = ledger.claim(key, event.getId(), now);
          first.ifPresent(duplicateOf::set);
          return first.isEmpty();
        };
    ListingSync.ListingState state =
        new ListingSync.ListingState(
            SyncSource.NOTIFICATION,
            notification.eventName(),
            event.getId(),
            notification.ebayTimestamp().orElse(inbound.receivedAt()),
            kind == EventKind.SUSPENDED ? Optional.empty() : notification.listing(),
            kind == EventKind.SALE ? notification.sales() : List.of(),
            kind == EventKind.SUSPENDED);
    ListingSync.Result result = listings.apply(seller.get(), itemId.get(), state, once);
    return switch (result.outcome()) {
      case APPLIED, UNCHANGED ->
          settle(event, WebhookEventStatus.PROCESSED, seller.get(), key, null);
      case STALE -> settle(event, WebhookEventStatus.STALE, seller.get(), key, null);
      case DUPLICATE ->
          settle(event, WebhookEventStatus.DUPLICATE, seller.get(), key, duplicateOf.get());
      // The listing is another seller's: never touch their data, whatever a notification says.
      case NOT_OWNER -> settle(event, WebhookEventStatus.UNMATCHED, null, null, null);
    };
  }

  private WebhookEvent eventOf(InboundNotification inbound, Instant now) {
    return events
        .findByNotificationIdForUpdate(inbound.notificationId())
        .orElseGet(
            () -> {
              WebhookEvent created = inbound.newEvent(now);
              events.add(created);
              return created;
            });
  }

  private WebhookEventStatus settle(
      WebhookEvent event,
      WebhookEventStatus status,
      Long sellerId,
      DedupKey key,
      Long duplicateOf) {
    // processed_at is when the outcome was reached, the end of the latency we promise.
    event.settle(status, sellerId, key == null ? null : key.text(), duplicateOf, clock.instant());
    return status;
  }
}
