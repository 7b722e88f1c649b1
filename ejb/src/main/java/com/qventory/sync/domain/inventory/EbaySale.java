package com.qventory.sync.domain.inventory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One purchase in a listing ({@code TransactionArray/Transaction}); in a multi-variation listing,
 * the variation bought ({@code Transaction/Variation}: SKU, specifics, title).
 */
public record EbaySale(
    String transactionId,
    int quantityPurchased,
    Optional<Money> price,
    Optional<Instant> createdDate,
    Optional<String> orderLineItemId,
    Optional<String> orderId,
    Optional<String> buyerUserId,
    Optional<String> variationSku,
    VariationSpecifics variationSpecifics,
    Optional<String> variationTitle) {

  public EbaySale {
    Objects.requireNonNull(transactionId, "transactionId");
    if (transactionId.isBlank()) {
      throw new IllegalArgumentException("transactionId is blank");
    }
    if (quantityPurchased < 1) {
      throw new IllegalArgumentException("quantityPurchased must be at least 1");
    }
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(createdDate, "createdDate");
    Objects.requireNonNull(orderLineItemId, "orderLineItemId");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(buyerUserId, "buyerUserId");
    Objects.requireNonNull(variationSku, "variationSku");
    Objects.requireNonNull(variationSpecifics, "variationSpecifics");
    Objects.requireNonNull(variationTitle, "variationTitle");
  }

  /** The variation bought, as a seller reads it ({@link VariationName}). */
  public Optional<String> variationLabel() {
    return VariationName.of(variationSku.orElse(null), variationSpecifics);
  }

  /** Whether this purchase names one variation of the listing. */
  public boolean ofVariation() {
    return variationSku.isPresent() || !variationSpecifics.isEmpty();
  }
}
