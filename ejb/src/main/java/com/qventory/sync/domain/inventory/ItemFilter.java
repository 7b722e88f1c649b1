package com.qventory.sync.domain.inventory;

import java.util.Objects;
import java.util.Optional;

/** One seller's items narrowed by eBay item id, SKU and listing status. */
public record ItemFilter(
    long sellerId,
    Optional<String> ebayItemId,
    Optional<String> sku,
    Optional<String> listingStatus) {

  public ItemFilter {
    Objects.requireNonNull(ebayItemId, "ebayItemId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(listingStatus, "listingStatus");
  }
}
