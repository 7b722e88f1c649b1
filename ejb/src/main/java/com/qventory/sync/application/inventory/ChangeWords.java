package com.qventory.sync.application.inventory;

import com.qventory.sync.domain.inventory.SyncChange;
import com.qventory.sync.domain.inventory.SyncSource;

/**
 * The one place that puts a sync into words for a seller — the item page's history, the dashboard's
 * feed and the read API alike: what happened ("Sold"), where it came from ("an eBay notification"),
 * and each change ("price: 10.00 → 12.00", "sold 1 of Size: M (TEE-M), eBay transaction
 * 2800000000002"). No enum name or bare id reaches a seller without words around it.
 */
public final class ChangeWords {

  private ChangeWords() {}

  /** What an eBay event (or our own source) did to a listing, as a reseller says it. */
  public static String what(String eventName) {
    return switch (eventName) {
      case "ItemListed", "ItemCreated" -> "Listed";
      case "ItemRevised", "ItemExtended" -> "Revised";
      case "FixedPriceTransaction",
          "AuctionCheckoutComplete",
          "EndOfAuction",
          "ItemSold",
          "ORDER_CONFIRMATION" ->
          "Sold";
      case "ItemOutOfStock" -> "Out of stock";
      case "ItemClosed", "ItemUnsold" -> "Ended";
      case "ItemSuspended" -> "Suspended";
      case "ItemRelisted" -> "Relisted";
      case "RECONCILIATION" -> "Corrected by a check with eBay";
      case "INITIAL_IMPORT" -> "Imported";
      default -> eventName;
    };
  }

  /** Where a sync's state of the listing came from. */
  public static String source(SyncSource source) {
    return switch (source) {
      case NOTIFICATION -> "an eBay notification";
      case RECONCILIATION -> "a check with eBay";
      case INITIAL_IMPORT -> "the import when eBay was connected";
    };
  }

  /** One change, in words. */
  public static String of(SyncChange change) {
    String before = change.getBefore();
    String after = change.getAfter();
    return switch (change.getField()) {
      case SyncChange.IMPORTED -> "imported" + importedBy(after);
      case SyncChange.LINKED_BY_SKU -> "linked to your hand-made item with SKU " + after;
      case SyncChange.RELISTED_FROM -> "relisted from eBay item " + after;
      case SyncChange.SALE ->
          before == null ? "sale " + after : "sold " + after + ", eBay transaction " + before;
      case SyncChange.STALE_SALES -> "older than the item's state: " + after;
      case SyncChange.NOTE -> after;
      default ->
          before == null
              ? change.getField() + ": " + (after == null ? "—" : after)
              : change.getField() + ": " + before + " → " + (after == null ? "—" : after);
    };
  }

  private static String importedBy(String source) {
    if (source == null) {
      return "";
    }
    return switch (SyncSource.valueOf(source)) {
      case NOTIFICATION -> " from an eBay notification";
      case RECONCILIATION -> " by a check with eBay (no notification had arrived)";
      case INITIAL_IMPORT -> " when eBay was connected";
    };
  }
}
