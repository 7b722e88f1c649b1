package com.qventory.sync.application.webhook;

import java.util.Map;

/** What an eBay event name means for a seller's inventory. */
enum EventKind {
  /** A new listing (or a relist: a new ItemID that names its predecessor). */
  LISTED,
  /** The listing's full state as eBay states it now. */
  LISTING_STATE,
  /** eBay took the listing down (legacy format: no state but the fact). */
  SUSPENDED,
  /** One or more purchases, with the listing's state. */
  SALE,
  /** Nothing to do for inventory: acknowledged and recorded as IGNORED. */
  OTHER;

  private static final Map<String, EventKind> BY_NAME =
      Map.ofEntries(
          Map.entry("ItemListed", LISTED),
          Map.entry("ItemRevised", LISTING_STATE),
          Map.entry("ItemClosed", LISTING_STATE),
          Map.entry("ItemSold", LISTING_STATE),
          Map.entry("ItemUnsold", LISTING_STATE),
          Map.entry("ItemExtended", LISTING_STATE),
          Map.entry("ItemOutOfStock", LISTING_STATE),
          Map.entry("ItemSuspended", SUSPENDED),
          Map.entry("FixedPriceTransaction", SALE),
          Map.entry("AuctionCheckoutComplete", SALE),
          Map.entry("EndOfAuction", SALE));

  static EventKind of(String eventName) {
    return BY_NAME.getOrDefault(eventName, OTHER);
  }
}
