package com.qventory.sync.domain.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A variation of a stored item, known by its SKU or, without one, by its specifics. Its quantities
 * are absolute when eBay states them ({@link #stateAt}) and move with each sale of it after that.
 */
@Embeddable
public class ItemVariation {

  @Column(length = 100)
  private String sku;

  @Column(length = 500)
  private String specifics;

  @Column(name = "quantity_total")
  private Integer quantityTotal;

  @Column(name = "quantity_sold")
  private Integer quantitySold;

  /** In the embeddable's own columns, price_amount and price_currency. */
  @Embedded private Money price;

  /** eBay's time of the last state that set the quantities absolutely. */
  @Column(name = "state_at")
  private Instant stateAt;

  protected ItemVariation() {
    // for JPA
  }

  static ItemVariation identifiedBy(Optional<String> sku, VariationSpecifics specifics) {
    ItemVariation variation = new ItemVariation();
    variation.sku = sku.orElse(null);
    variation.specifics = specifics.text();
    return variation;
  }

  /**
   * The same variation: the same SKU when both have one, else the same specifics. eBay requires
   * specifics to be unique within a listing; SKUs are the seller's and usually are too.
   */
  boolean isSameAs(Optional<String> otherSku, VariationSpecifics otherSpecifics) {
    if (sku != null && otherSku.isPresent()) {
      return sku.equals(otherSku.get());
    }
    return specifics != null
        && !otherSpecifics.isEmpty()
        && specifics.equals(otherSpecifics.text());
  }

  /**
   * Takes what eBay states of this variation at {@code ebayTime}; absent fields keep their value.
   */
  void apply(EbayVariation stated, Instant ebayTime, SyncChanges changes) {
    String name = "variation " + label();
    if (sku == null && stated.sku().isPresent()) {
      sku = stated.sku().get();
    }
    if (specifics == null && !stated.specifics().isEmpty()) {
      specifics = stated.specifics().text();
    }
    Integer availableBefore = getQuantityAvailable();
    stated.quantity().ifPresent(v -> quantityTotal = v);
    stated.quantitySold().ifPresent(v -> quantitySold = v);
    changes.set(name + " available", availableBefore, getQuantityAvailable());
    stated.price().ifPresent(v -> price = changes.set(name + " price", price, v));
    if (stated.quantity().isPresent() && (stateAt == null || ebayTime.isAfter(stateAt))) {
      stateAt = ebayTime;
    }
  }

  /**
   * A sale of this variation at {@code ebayTime}, counted unless eBay has since stated this
   * variation's quantities (which then include it).
   *
   * @return whether it changed the quantities
   */
  boolean sold(int quantity, Instant ebayTime, SyncChanges changes) {
    if (stateAt != null && !ebayTime.isAfter(stateAt)) {
      return false;
    }
    Integer availableBefore = getQuantityAvailable();
    quantitySold = (quantitySold == null ? 0 : quantitySold) + quantity;
    changes.set("variation " + label() + " available", availableBefore, getQuantityAvailable());
    return true;
  }

  /** What a seller reads for it ({@link VariationName}). */
  public String label() {
    return VariationName.of(sku, getSpecifics()).orElse("");
  }

  public String getSku() {
    return sku;
  }

  public VariationSpecifics getSpecifics() {
    return VariationSpecifics.parse(specifics);
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

  public Optional<Money> getPrice() {
    return Optional.ofNullable(price);
  }

  public Instant getStateAt() {
    return stateAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ItemVariation that
        && Objects.equals(sku, that.sku)
        && Objects.equals(specifics, that.specifics)
        && Objects.equals(quantityTotal, that.quantityTotal)
        && Objects.equals(quantitySold, that.quantitySold)
        && Objects.equals(price, that.price)
        && Objects.equals(stateAt, that.stateAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sku, specifics, quantityTotal, quantitySold);
  }
}
