package com.qventory.sync.domain.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One purchase recorded on an item; (item, TransactionID) is unique, so a sale counts once. */
@Entity
@Table(name = "item_sale")
@NamedQuery(
    name = ItemSale.FIND_BY_ITEM,
    query = "SELECT s FROM ItemSale s WHERE s.itemId = :itemId ORDER BY s.recordedAt, s.id")
public class ItemSale {

  public static final String FIND_BY_ITEM = "ItemSale.findByItem";

  @Id
  @SequenceGenerator(name = "item_sale_seq", sequenceName = "item_sale_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_sale_seq")
  private Long id;

  @Column(name = "item_id", nullable = false)
  private Long itemId;

  @Column(name = "seller_id", nullable = false)
  private Long sellerId;

  @Column(name = "transaction_id", nullable = false, length = 40)
  private String transactionId;

  @Column(nullable = false)
  private int quantity;

  /** In the embeddable's own columns, price_amount and price_currency. */
  @Embedded private Money price;

  @Column(name = "created_date")
  private Instant createdDate;

  @Column(name = "order_line_item_id", length = 100)
  private String orderLineItemId;

  /** eBay's order the sale belongs to, when eBay named it. */
  @Column(name = "order_id", length = 100)
  private String orderId;

  @Column(name = "variation_sku", length = 100)
  private String variationSku;

  @Column(name = "variation_specifics", length = 500)
  private String variationSpecifics;

  @Column(name = "variation_title", length = 300)
  private String variationTitle;

  @Column(name = "buyer_user_id", length = 100)
  private String buyerUserId;

  /** The notification that brought it; null when another source did. */
  @Column(name = "webhook_event_id")
  private Long webhookEventId;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ItemSale() {
    // for JPA
  }

  public ItemSale(
      Long itemId, Long sellerId, EbaySale sale, Long webhookEventId, Instant recordedAt) {
    this.itemId = Objects.requireNonNull(itemId, "itemId");
    this.sellerId = Objects.requireNonNull(sellerId, "sellerId");
    this.transactionId = sale.transactionId();
    this.quantity = sale.quantityPurchased();
    this.price = sale.price().orElse(null);
    this.createdDate = sale.createdDate().orElse(null);
    this.orderLineItemId = sale.orderLineItemId().orElse(null);
    this.orderId = sale.orderId().orElse(null);
    this.variationSku = sale.variationSku().orElse(null);
    this.variationSpecifics = sale.variationSpecifics().text();
    this.variationTitle = sale.variationTitle().orElse(null);
    this.buyerUserId = sale.buyerUserId().orElse(null);
    this.webhookEventId = webhookEventId;
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  public Long getId() {
    return id;
  }

  public Long getSellerId() {
    return sellerId;
  }

  public Long getItemId() {
    return itemId;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public int getQuantity() {
    return quantity;
  }

  public Optional<Money> getPrice() {
    return Optional.ofNullable(price);
  }

  public Instant getCreatedDate() {
    return createdDate;
  }

  public String getOrderLineItemId() {
    return orderLineItemId;
  }

  public String getOrderId() {
    return orderId;
  }

  public String getVariationSku() {
    return variationSku;
  }

  public VariationSpecifics getVariationSpecifics() {
    return VariationSpecifics.parse(variationSpecifics);
  }

  public String getVariationTitle() {
    return variationTitle;
  }

  public String getBuyerUserId() {
    return buyerUserId;
  }

  public Long getWebhookEventId() {
    return webhookEventId;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
