package com.qventory.sync.domain.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an eBay event name means for a seller's inventory — and so the one list of the Platform
 * Notification events every seller is subscribed to: exactly the ones handled here.
 *
 * <p>EndOfAuction is subscribed: it brings an auction's winning bid as a Transaction when the
 * auction ends, before the buyer's checkout (AuctionCheckoutComplete may come days later, or never
 * for an unpaid item), so the stock eBay has taken out of sale leaves the inventory at once; the
 * later AuctionCheckoutComplete names the same TransactionID and is a duplicate.
 */
public enum EventKind {
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

  private static final Map<String, EventKind> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("ItemListed", LISTED);
    BY_NAME.put("ItemRevised", LISTING_STATE);
    BY_NAME.put("ItemClosed", LISTING_STATE);
    BY_NAME.put("ItemSold", LISTING_STATE);
    BY_NAME.put("ItemUnsold", LISTING_STATE);
    BY_NAME.put("ItemSuspended", SUSPENDED);
    BY_NAME.put("ItemOutOfStock", LISTING_STATE);
    BY_NAME.put("ItemExtended", LISTING_STATE);
    BY_NAME.put("FixedPriceTransaction", SALE);
    BY_NAME.put("AuctionCheckoutComplete", SALE);
    BY_NAME.put("EndOfAuction", SALE);
  }

  /** The events every seller is subscribed to: those that mean something for inventory. */
  public static final List<String> SUBSCRIBED = List.copyOf(BY_NAME.keySet());

  public static EventKind of(String eventName) {
    return BY_NAME.getOrDefault(eventName, OTHER);
  }
}
