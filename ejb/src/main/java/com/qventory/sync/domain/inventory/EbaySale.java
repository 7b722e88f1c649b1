package com.qventory.sync.domain.inventory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One purchase in a listing ({@code TransactionArray/Transaction}). */
public record EbaySale(
    String transactionId,
    int quantityPurchased,
    Optional<Money> price,
    Optional<Instant> createdDate,
    Optional<String> orderLineItemId,
    Optional<String> variationSku) {

  public EbaySale {
    Objects.requireNonNull(transactionId, "transactionId");
    if (transactionId.isBlank()) {
      throw new IllegalArgumentException("transactionId is blank");
    }
    if (quantityPurchased < 1) {
      throw new IllegalArgumentException("quantityPurchased must be at least 1");
    }
  }
}
