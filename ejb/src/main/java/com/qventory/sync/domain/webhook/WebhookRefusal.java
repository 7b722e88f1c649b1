package com.qventory.sync.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A request the webhook endpoint refused. Bounded: what identifies it and why, the body's size and
 * SHA-256, never the body itself.
 */
@Entity
@Table(name = "webhook_rejection")
public class WebhookRefusal {

  @Id
  @SequenceGenerator(
      name = "webhook_rejection_seq",
      sequenceName = "webhook_rejection_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_rejection_seq")
  private Long id;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private RefusalReason reason;

  @Column(nullable = false, length = 500)
  private String detail;

  @Column(name = "remote_address", length = 64)
  private String remoteAddress;

  @Column(name = "event_name", length = 100)
  private String eventName;

  @Column(name = "recipient_user_id", length = 100)
  private String recipientUserId;

  @Column(name = "ebay_item_id", length = 40)
  private String ebayItemId;

  @Column(name = "body_bytes", nullable = false)
  private int bodyBytes;

  @Column(name = "body_sha256", nullable = false, length = 64)
  private String bodySha256;

  protected WebhookRefusal() {
    // for JPA
  }

  public WebhookRefusal(
      Instant receivedAt,
      RefusalReason reason,
      String detail,
      String remoteAddress,
      String eventName,
      String recipientUserId,
      String ebayItemId,
      int bodyBytes,
      String bodySha256) {
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.detail = bounded(Objects.requireNonNull(detail, "detail"), 500);
    this.remoteAddress = bounded(remoteAddress, 64);
    this.eventName = bounded(eventName, 100);
    this.recipientUserId = bounded(recipientUserId, 100);
    this.ebayItemId = bounded(ebayItemId, 40);
    this.bodyBytes = bodyBytes;
    this.bodySha256 = Objects.requireNonNull(bodySha256, "bodySha256");
  }

  private static String bounded(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public RefusalReason getReason() {
    return reason;
  }

  public String getDetail() {
    return detail;
  }

  public String getRemoteAddress() {
    return remoteAddress;
  }

  public String getEventName() {
    return eventName;
  }

  public String getRecipientUserId() {
    return recipientUserId;
  }

  public String getEbayItemId() {
    return ebayItemId;
  }

  public int getBodyBytes() {
    return bodyBytes;
  }

  public String getBodySha256() {
    return bodySha256;
  }
}
