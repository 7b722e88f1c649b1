package com.qventory.sync.domain.inventory;

import java.util.Optional;

/**
 * What a seller reads for a variation — on every page, in every export and API answer alike: its
 * specifics as eBay's buyers choose them ({@code Colour: Blue, Size: M}), followed by the seller's
 * SKU in brackets when it has one ({@code Colour: Blue, Size: M (TEE-BLU-M)}); the SKU alone when
 * eBay told no specifics.
 */
public final class VariationName {

  private VariationName() {}

  /**
   * @param sku the variation's SKU, or null
   * @return empty for no variation (neither a SKU nor specifics)
   */
  public static Optional<String> of(String sku, VariationSpecifics specifics) {
    boolean hasSku = sku != null && !sku.isBlank();
    if (specifics.isEmpty()) {
      return hasSku ? Optional.of(sku) : Optional.empty();
    }
    return Optional.of(specifics.label() + (hasSku ? " (" + sku + ")" : ""));
  }
}
