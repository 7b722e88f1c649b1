package com.qventory.sync.application;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.EbaySale;
import com.qventory.sync.domain.inventory.InventoryItem;
import com.qventory.sync.domain.inventory.InventoryRepository;
import com.qventory.sync.domain.inventory.ItemSale;
import com.qventory.sync.domain.inventory.ItemSyncEntry;
import com.qventory.sync.domain.seller.SellerNotification;
import com.qventory.sync.domain.seller.SellerRepository;
import com.qventory.sync.domain.webhook.DedupKey;
import com.qventory.sync.domain.webhook.IdempotencyLedger;
import com.qventory.sync.domain.webhook.PlatformNotification;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import com.qventory.sync.infrastructure.ebay.platform.MalformedNotificationException;
import com.qventory.sync.infrastructure.ebay.platform.PlatformNotificationReader;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Applies one notification to the seller's inventory, in one transaction with its event-log row:
 * either both commit or neither does. Exactly once per idempotency key ({@link DedupKey}), and
 * never older eBay state over newer.
 */
@Stateless
@PermitAll
public class NotificationProcessor {

  private static final Logger LOG = Logger.getLogger(NotificationProcessor.class.getName());

  @Inject private WebhookEventRepository events;

  @Inject private IdempotencyLedger ledger;

  @Inject private TenantResolver tenants;

  @Inject private InventoryRepository inventory;

  @Inject private SellerRepository sellers;

  @Inject private Clock clock;

  @Inject private InventoryChanges inventoryChanges;

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
    PlatformNotification notification =
        new PlatformNotificationReader().read(inbound.rawPayload(), inbound.soapAction());
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
    Optional<Long> owner = inventory.findByEbayItemId(itemId.get()).map(InventoryItem::getSellerId);
    if (owner.isPresent() && !owner.get().equals(seller.get())) {
      // The listing is another seller's: never touch their data, whatever a notification says.
      LOG.warning(
          "[PLATFORM] "
              + notification.eventName()
              + " for item "
              + itemId.get()
              + " names seller "
              + seller.get()
              + " but the item is seller "
              + owner.get()
              + "'s");
      return settle(event, WebhookEventStatus.UNMATCHED, null, null, null);
    }
    DedupKey key = DedupKey.of(notification);
    Optional<Long> first = ledger.claim(key, event.getId(), now);
    if (first.isPresent()) {
      return settle(event, WebhookEventStatus.DUPLICATE, seller.get(), key, first.get());
    }
    Instant ebayTime = notification.ebayTimestamp().orElse(inbound.receivedAt());
    boolean linked = owner.isEmpty() && linkHandMadeItem(seller.get(), itemId.get(), notification);
    InventoryRepository.Locked locked = inventory.lockOrCreate(seller.get(), itemId.get(), now);
    InventoryItem item = locked.item();
    List<String> changes = new ArrayList<>();
    boolean applied =
        switch (kind) {
          case LISTED, LISTING_STATE ->
              applyListing(notification, item, locked.created(), ebayTime, now, changes);
          case SUSPENDED -> applySuspension(item, locked.created(), ebayTime, now, changes);
          case SALE ->
              applySales(notification, event, item, locked.created(), ebayTime, now, changes);
          case OTHER -> throw new IllegalStateException("handled above");
        };
    if (!applied) {
      return settle(event, WebhookEventStatus.STALE, seller.get(), key, null);
    }
    if (linked) {
      changes.add(0, "linked to your hand-made item with SKU " + item.getSku());
    }
    if (locked.created()) {
      changes.add(0, "imported");
      sellers.addNotification(
          new SellerNotification(
              seller.get(), SellerNotification.NEW_LISTING_IMPORTED, item.getId(), now));
    }
    inventory.addSyncEntry(
        new ItemSyncEntry(
            item.getId(), event.getId(), notification.eventName(), ebayTime, now, changes));
    LOG.fine(() -> "[PLATFORM] " + notification.eventName() + " applied to item " + itemId.get());
    inventoryChanges.afterCommit(
        seller.get(), item.getId(), notification.eventName(), locked.created());
    return settle(event, WebhookEventStatus.PROCESSED, seller.get(), key, null);
  }

  /**
   * A listing we have never seen (the caller checked), whose SKU matches a hand-made item of the
   * seller that has no listing yet, becomes that item rather than a second one.
   */
  private boolean linkHandMadeItem(
      long sellerId, String ebayItemId, PlatformNotification notification) {
    Optional<String> sku = notification.listing().flatMap(EbayListing::sku);
    return sku.isPresent() && inventory.linkHandMadeBySku(sellerId, sku.get(), ebayItemId);
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

  private boolean applyListing(
      PlatformNotification notification,
      InventoryItem item,
      boolean created,
      Instant ebayTime,
      Instant now,
      List<String> changes) {
    Optional<EbayListing> listing = notification.listing();
    if (listing.isEmpty() || (!created && !item.acceptsStateFrom(ebayTime))) {
      return false;
    }
    changes.addAll(item.applyListing(listing.get(), ebayTime, now));
    listing
        .get()
        .relistParentItemId()
        .filter(parent -> item.getRelistedFrom() == null)
        .flatMap(inventory::findByEbayItemId)
        .filter(parent -> parent.getSellerId().equals(item.getSellerId()))
        .ifPresent(
            parent -> {
              item.relistedFrom(parent);
              changes.add("relisted from eBay item " + parent.getEbayItemId());
            });
    return true;
  }

  private boolean applySuspension(
      InventoryItem item, boolean created, Instant ebayTime, Instant now, List<String> changes) {
    if (!created && !item.acceptsStateFrom(ebayTime)) {
      return false;
    }
    changes.addAll(item.suspended(ebayTime, now));
    return true;
  }

  /**
   * Records each sale once. The listing's state is taken only when this notification is not older
   * than what was applied; an older one still records its sales, which are facts.
   */
  private boolean applySales(
      PlatformNotification notification,
      WebhookEvent event,
      InventoryItem item,
      boolean created,
      Instant ebayTime,
      Instant now,
      List<String> changes) {
    List<EbaySale> recorded = new ArrayList<>();
    for (EbaySale sale : notification.sales()) {
      if (inventory.addSale(new ItemSale(item.getId(), sale, event.getId(), now))) {
        recorded.add(sale);
        changes.add("sale " + sale.transactionId() + " × " + sale.quantityPurchased());
      }
    }
    boolean newer = created || item.acceptsStateFrom(ebayTime);
    if (newer) {
      Optional<EbayListing> listing = notification.listing();
      if (listing.isPresent() && listing.get().available().isPresent()) {
        changes.addAll(item.applyListing(listing.get(), ebayTime, now));
      } else {
        for (EbaySale sale : recorded) {
          changes.addAll(item.sold(sale.quantityPurchased(), ebayTime, now));
        }
      }
    } else if (!recorded.isEmpty()) {
      changes.add("older than the item's state: sales recorded, quantities left as they are");
    }
    return newer || !recorded.isEmpty();
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
