package com.qventory.sync.application.inventory;

import com.qventory.sync.domain.inventory.InventoryItem;
import com.qventory.sync.domain.inventory.ItemSale;
import com.qventory.sync.domain.inventory.ItemSyncEntry;
import com.qventory.sync.domain.inventory.ItemVariation;
import com.qventory.sync.domain.inventory.Money;
import com.qventory.sync.domain.inventory.SyncChange;
import com.qventory.sync.domain.inventory.VariationName;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the read API and pages show of inventory: plain values, no entities. */
public final class InventoryViews {

  private InventoryViews() {}

  /** 34.9900 → 34.99, 20.0000 → 20.00: at least the two places prices are read with. */
  static BigDecimal amount(Optional<Money> stored) {
    if (stored.isEmpty()) {
      return null;
    }
    BigDecimal plain = stored.get().amount().stripTrailingZeros();
    return plain.setScale(Math.max(2, plain.scale()));
  }

  static String currencyOf(Optional<Money> stored) {
    return stored.map(Money::currency).orElse(null);
  }

  /**
   * An item at a glance.
   *
   * @param price the listing's price; with variations, the lowest of theirs
   * @param priceText the price as buyers see it: "25.00 USD", or the variations' range "25.00–30.00
   *     USD"
   */
  public record ItemSummary(
      long id,
      String ebayItemId,
      String title,
      String sku,
      BigDecimal price,
      String currency,
      String priceText,
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
          amount(item.getPrice()),
          currencyOf(item.getPrice()),
          InventoryViews.priceText(item),
          item.getQuantityAvailable(),
          item.getListingStatus(),
          item.isSyncedFromEbay(),
          item.getLastEbayTimestamp(),
          item.getUpdatedAt());
    }
  }

  private static String priceText(InventoryItem item) {
    return item.getPriceRange()
        .filter(range -> range.get(0).amount().compareTo(range.get(1).amount()) != 0)
        .map(
            range ->
                plain(range.get(0).amount())
                    + "–"
                    + plain(range.get(1).amount())
                    + " "
                    + range.get(0).currency())
        .orElse(item.getPrice().map(p -> plain(p.amount()) + " " + p.currency()).orElse("—"));
  }

  /** An amount with at least two decimals: 25.00, 19.995. */
  private static String plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.setScale(Math.max(2, stripped.scale())).toPlainString();
  }

  /**
   * A variation's stock and sales: known by its SKU, or by its specifics where it has none.
   *
   * @param name what a seller reads for it ({@link VariationName})
   */
  public record Variation(
      String name,
      String sku,
      String specifics,
      Integer quantity,
      Integer quantitySold,
      Integer quantityAvailable,
      BigDecimal price,
      String currency) {

    static Variation of(ItemVariation v) {
      return new Variation(
          v.label(),
          v.getSku(),
          v.getSpecifics().isEmpty() ? null : v.getSpecifics().label(),
          v.getQuantityTotal(),
          v.getQuantitySold(),
          v.getQuantityAvailable(),
          amount(v.getPrice()),
          currencyOf(v.getPrice()));
    }
  }

  /**
   * One sale of the item.
   *
   * @param variation the variation bought, as a seller reads it ({@link VariationName}); null for a
   *     listing without variations
   */
  public record Sale(
      String transactionId,
      String variation,
      int quantity,
      BigDecimal price,
      String currency,
      Instant createdDate,
      String orderId,
      String buyerUserId,
      String variationSku,
      String variationSpecifics,
      String variationTitle,
      Long webhookEventId) {

    static Sale of(ItemSale s) {
      return new Sale(
          s.getTransactionId(),
          VariationName.of(s.getVariationSku(), s.getVariationSpecifics()).orElse(null),
          s.getQuantity(),
          amount(s.getPrice()),
          currencyOf(s.getPrice()),
          s.getCreatedDate(),
          s.getOrderId(),
          s.getBuyerUserId(),
          s.getVariationSku(),
          s.getVariationSpecifics().isEmpty() ? null : s.getVariationSpecifics().label(),
          s.getVariationTitle(),
          s.getWebhookEventId());
    }
  }

  /** One structured change of a sync, with the words the pages show for it. */
  public record Change(String field, String before, String after, String text) {

    static Change of(SyncChange change) {
      return new Change(
          change.getField(), change.getBefore(), change.getAfter(), ChangeWords.of(change));
    }
  }

  /**
   * One sync of the item.
   *
   * @param what what happened, in words ({@link ChangeWords#what})
   * @param from where the state came from, in words ({@link ChangeWords#source})
   */
  public record SyncEntry(
      Long webhookEventId,
      String source,
      String eventName,
      String what,
      String from,
      Instant ebayTimestamp,
      Instant appliedAt,
      List<Change> changes,
      String summary) {

    static SyncEntry of(ItemSyncEntry e) {
      List<Change> changes = e.getChanges().stream().map(Change::of).toList();
      return new SyncEntry(
          e.getWebhookEventId(),
          e.getSource().name(),
          e.getEventName(),
          ChangeWords.what(e.getEventName()),
          ChangeWords.source(e.getSource()),
          e.getEbayTimestamp(),
          e.getAppliedAt(),
          changes,
          changes.isEmpty()
              ? "no field changed"
              : String.join("; ", changes.stream().map(Change::text).toList()));
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
