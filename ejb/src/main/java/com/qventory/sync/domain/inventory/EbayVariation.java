package com.qventory.sync.domain.inventory;

import java.util.Objects;
import java.util.Optional;

/** One variation of a multi-variation listing (size, colour…), as eBay states it. */
public record EbayVariation(
    String sku, Optional<Integer> quantity, Optional<Integer> quantitySold, Optional<Money> price) {

  public EbayVariation {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(quantitySold, "quantitySold");
    Objects.requireNonNull(price, "price");
  }

  /** {@code Quantity − QuantitySold}; eBay sends no available quantity of its own. */
  public Optional<Integer> available() {
    return quantity.map(total -> Math.max(0, total - quantitySold.orElse(0)));
  }
}
