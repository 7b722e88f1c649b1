package com.qventory.sync.domain.seller;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An in-app notification for a seller ("New eBay listing imported!"). */
@Entity
@Table(name = "seller_notification")
public class SellerNotification {

  public static final String NEW_LISTING_IMPORTED = "New eBay listing imported!";

  public static final String RECONNECT_NEEDED =
      "eBay no longer accepts Qventory's access to your account: connect eBay again.";

  @Id
  @SequenceGenerator(
      name = "seller_notification_seq",
      sequenceName = "seller_notification_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seller_notification_seq")
  private Long id;

  @Column(name = "seller_id", nullable = false)
  private Long sellerId;

  @Column(nullable = false, length = 300)
  private String message;

  @Column(name = "item_id")
  private Long itemId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected SellerNotification() {
    // for JPA
  }

  public SellerNotification(Long sellerId, String message, Long itemId, Instant createdAt) {
    this.sellerId = Objects.requireNonNull(sellerId, "sellerId");
    this.message = Objects.requireNonNull(message, "message");
    this.itemId = itemId;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  public Long getId() {
    return id;
  }

  public Long getSellerId() {
    return sellerId;
  }

  public String getMessage() {
    return message;
  }

  public Long getItemId() {
    return itemId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
