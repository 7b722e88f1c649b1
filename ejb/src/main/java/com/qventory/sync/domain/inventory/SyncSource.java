package com.qventory.sync.domain.inventory;

/** Where a listing's state came from; every source goes through the same listing-sync rules. */
public enum SyncSource {
  /** A Platform Notification that eBay pushed (or an admin replayed). */
  NOTIFICATION,
  /** Polling eBay (GetSellerEvents) for what notifications missed. */
  RECONCILIATION,
  /** The one-time import of a seller's active listings when they connect eBay (GetSellerList). */
  INITIAL_IMPORT
}
