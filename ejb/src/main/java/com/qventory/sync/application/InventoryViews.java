package com.qventory.sync.application;

import com.qventory.sync.domain.inventory.InventoryItem;
import com.qventory.sync.domain.inventory.ItemSale;
import com.qventory.sync.domain.inventory.ItemSyncEntry;
import com.qventory.sync.domain.inventory.ItemVariation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the read API and pages show of inventory: plain values, no entities. */
public final class InventoryViews {

  private InventoryViews() {}

  /** 34.9900 → 34.99, 20.0000 → 20.00: at least the two places prices are read with. */
  static BigDecimal amount(BigDecimal stored) {
    if (stored == null) {
      return null;
    }
    BigDecimal plain = stored.stripTrailingZeros();
    return plain.setScale(Math.max(2, plain.scale()));
  }

  public record ItemSummary(
      long id,
      String ebayItemId,
      String title,
      String sku,
      BigDecimal price,
      String currency,
      Integer quantityAvailable,
      String listingStatus,
      boolean syncedFromEbay,
      Instant lastEbayUpdate,
      Instant updatedAt) {

    static ItemSummary of(InventoryItem item) {
      return new ItemSummary(
          item.getId(),
          item.getEbayItemId(),
          item.getTitle(),
          item.getSku(),
          amount(item.getPriceAmount()),
          item.getPriceCurrency(),
          item.getQuantityAvailable(),
          item.getListingStatus(),
          item.isSyncedFromEbay(),
          item.getLastEbayTimestamp(),
          item.getUpdatedAt());
    }
  }

  public record Variation(
      String sku,
      Integer quantity,
      Integer quantitySold,
      Integer quantityAvailable,
      BigDecimal price,
      String currency) {

    static Variation of(ItemVariation v) {
      return new Variation(
          v.getSku(),
          v.getQuantityTotal(),
          v.getQuantitySold(),
          v.getQuantityAvailable(),
          amount(v.getPriceAmount()),
          v.getPriceCurrency());
    }
  }

  public record Sale(
      String transactionId,
      int quantity,
      BigDecimal price,
      String currency,
      Instant createdDate,
      long webhookEventId) {

    static Sale of(ItemSale s) {
      return new Sale(
          s.getTransactionId(),
          s.getQuantity(),
          amount(s.getPriceAmount()),
          s.getPriceCurrency(),
          s.getCreatedDate(),
          s.getWebhookEventId());
    }
  }

  public record SyncEntry(
      long webhookEventId,
      String eventName,
      Instant ebayTimestamp,
      Instant appliedAt,
      String summary) {

    static SyncEntry of(ItemSyncEntry e) {
      return new SyncEntry(
          e.getWebhookEventId(),
          e.getEventName(),
          e.getEbayTimestamp(),
          e.getAppliedAt(),
          e.getSummary());
    }
  }

  public record RelistLink(long id, String ebayItemId) {}

  public record ItemDetail(
      ItemSummary summary,
      Integer quantity,
      Integer quantitySold,
      String listingType,
      String viewItemUrl,
      String conditionId,
      String conditionName,
      String categoryId,
      String categoryName,
      Instant startTime,
      Instant endTime,
      String notes,
      List<String> pictureUrls,
      List<Variation> variations,
      List<Sale> sales,
      RelistLink relistedFrom,
      RelistLink relistedAs,
      List<SyncEntry> history,
      BigDecimal purchaseCost,
      String purchaseCostCurrency,
      String storageLocation,
      String privateNotes) {}
}
