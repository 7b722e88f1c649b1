package com.qventory.sync.domain.inventory;

import java.util.Objects;
import java.util.Optional;

/**
 * One variation of a multi-variation listing (size, colour…), as eBay states it. eBay identifies a
 * variation by its specifics; the SKU is optional there, and ours when the seller set one.
 */
public record EbayVariation(
    Optional<String> sku,
    VariationSpecifics specifics,
    Optional<Integer> quantity,
    Optional<Integer> quantitySold,
    Optional<Money> price) {

  public EbayVariation {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(specifics, "specifics");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(quantitySold, "quantitySold");
    Objects.requireNonNull(price, "price");
    if (sku.isEmpty() && specifics.isEmpty()) {
      throw new IllegalArgumentException("A variation needs a SKU or specifics");
    }
  }

  /** {@code Quantity − QuantitySold}; eBay sends no available quantity of its own. */
  public Optional<Integer> available() {
    return quantity.map(total -> Math.max(0, total - quantitySold.orElse(0)));
  }
}
