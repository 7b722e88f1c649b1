package com.qventory.sync.domain.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** A variation of a stored item. */
@Embeddable
public class ItemVariation {

  @Column(nullable = false, length = 100)
  private String sku;

  @Column(name = "quantity_total")
  private Integer quantityTotal;

  @Column(name = "quantity_sold")
  private Integer quantitySold;

  @Column(name = "price_amount", precision = 19, scale = 4)
  private BigDecimal priceAmount;

  @Column(name = "price_currency", length = 3)
  private String priceCurrency;

  protected ItemVariation() {
    // for JPA
  }

  static ItemVariation of(EbayVariation variation) {
    ItemVariation stored = new ItemVariation();
    stored.sku = variation.sku();
    stored.quantityTotal = variation.quantity().orElse(null);
    stored.quantitySold = variation.quantitySold().orElse(null);
    stored.priceAmount = variation.price().map(Money::amount).orElse(null);
    stored.priceCurrency = variation.price().map(Money::currency).orElse(null);
    return stored;
  }

  public String getSku() {
    return sku;
  }

  public Integer getQuantityTotal() {
    return quantityTotal;
  }

  public Integer getQuantitySold() {
    return quantitySold;
  }

  public Integer getQuantityAvailable() {
    return quantityTotal == null
        ? null
        : Math.max(0, quantityTotal - (quantitySold == null ? 0 : quantitySold));
  }

  public BigDecimal getPriceAmount() {
    return priceAmount;
  }

  public String getPriceCurrency() {
    return priceCurrency;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ItemVariation that
        && sku.equals(that.sku)
        && Objects.equals(quantityTotal, that.quantityTotal)
        && Objects.equals(quantitySold, that.quantitySold)
        && (priceAmount == null
            ? that.priceAmount == null
            : that.priceAmount != null && priceAmount.compareTo(that.priceAmount) == 0)
        && Objects.equals(priceCurrency, that.priceCurrency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sku, quantityTotal, quantitySold, priceCurrency);
  }
}
