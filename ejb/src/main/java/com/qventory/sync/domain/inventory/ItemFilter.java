package com.qventory.sync.domain.inventory;

import java.util.Objects;
import java.util.Optional;

/**
 * One seller's items narrowed by eBay item id, SKU, listing status, a text found in the title or
 * SKU, and whether eBay synced them; sorted by one column.
 */
public record ItemFilter(
    long sellerId,
    Optional<String> ebayItemId,
    Optional<String> sku,
    Optional<String> listingStatus,
    Optional<String> text,
    Optional<Boolean> syncedFromEbay,
    Sort sort,
    boolean ascending) {

  /** The columns the inventory sorts by. */
  public enum Sort {
    UPDATED,
    TITLE,
    PRICE,
    AVAILABLE,
    STATUS,
    EBAY_UPDATE
  }

  public ItemFilter {
    Objects.requireNonNull(ebayItemId, "ebayItemId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(listingStatus, "listingStatus");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(syncedFromEbay, "syncedFromEbay");
    Objects.requireNonNull(sort, "sort");
  }

  public ItemFilter(
      long sellerId,
      Optional<String> ebayItemId,
      Optional<String> sku,
      Optional<String> listingStatus) {
    this(
        sellerId,
        ebayItemId,
        sku,
        listingStatus,
        Optional.empty(),
        Optional.empty(),
        Sort.UPDATED,
        false);
  }
}
