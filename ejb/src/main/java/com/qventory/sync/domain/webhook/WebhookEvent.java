package com.qventory.sync.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One notification that eBay pushed to us, as we received it and what became of it. */
@Entity
@Table(name = "webhook_event")
@NamedQuery(
    name = WebhookEvent.FIND_LATEST,
    query = "SELECT e FROM WebhookEvent e ORDER BY e.receivedAt DESC, e.id DESC")
@NamedQuery(name = WebhookEvent.COUNT_ALL, query = "SELECT COUNT(e) FROM WebhookEvent e")
public class WebhookEvent {

  public static final String FIND_LATEST = "WebhookEvent.findLatest";
  public static final String COUNT_ALL = "WebhookEvent.countAll";

  /** Topics of eBay's SOAP Platform Notifications are this prefix plus the event name. */
  public static final String PLATFORM_TOPIC_PREFIX = "PLATFORM_";

  @Id
  @SequenceGenerator(
      name = "webhook_event_seq",
      sequenceName = "webhook_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_event_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String topic;

  @Column(name = "ebay_item_id", length = 40)
  private String ebayItemId;

  @Column(name = "recipient_user_id", length = 100)
  private String recipientUserId;

  @Column(name = "ebay_timestamp")
  private Instant ebayTimestamp;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "processed_at")
  private Instant processedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private WebhookEventStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "raw_payload", nullable = false)
  private String rawPayload;

  protected WebhookEvent() {
    // for JPA
  }

  private WebhookEvent(
      String topic,
      String ebayItemId,
      String recipientUserId,
      Instant ebayTimestamp,
      Instant receivedAt,
      Instant recordedAt,
      String rawPayload) {
    this.topic = Objects.requireNonNull(topic, "topic");
    this.ebayItemId = ebayItemId;
    this.recipientUserId = recipientUserId;
    this.ebayTimestamp = ebayTimestamp;
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    this.rawPayload = Objects.requireNonNull(rawPayload, "rawPayload");
    this.status = WebhookEventStatus.RECEIVED;
    this.attempts = 1;
  }

  /**
   * A received Platform Notification.
   *
   * @param receivedAt when our endpoint accepted it (the start of the latency we promise)
   * @param recordedAt when it was written here
   */
  public static WebhookEvent receivedPlatformNotification(
      String eventName,
      String ebayItemId,
      String recipientUserId,
      Instant ebayTimestamp,
      Instant receivedAt,
      Instant recordedAt,
      String rawPayload) {
    return new WebhookEvent(
        PLATFORM_TOPIC_PREFIX + Objects.requireNonNull(eventName, "eventName"),
        ebayItemId,
        recipientUserId,
        ebayTimestamp,
        receivedAt,
        recordedAt,
        rawPayload);
  }

  /**
   * A notification whose envelope could not be read at all. It is kept as {@link
   * WebhookEventStatus#FAILED} with the reason, never dropped.
   */
  public static WebhookEvent unreadable(
      String rawPayload, Instant receivedAt, Instant recordedAt, String error) {
    WebhookEvent event =
        new WebhookEvent(
            PLATFORM_TOPIC_PREFIX + "Unreadable",
            null,
            null,
            null,
            receivedAt,
            recordedAt,
            rawPayload);
    event.status = WebhookEventStatus.FAILED;
    event.lastError = Objects.requireNonNull(error, "error");
    return event;
  }

  public Long getId() {
    return id;
  }

  public String getTopic() {
    return topic;
  }

  public String getEbayItemId() {
    return ebayItemId;
  }

  public String getRecipientUserId() {
    return recipientUserId;
  }

  public Instant getEbayTimestamp() {
    return ebayTimestamp;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Instant getProcessedAt() {
    return processedAt;
  }

  public WebhookEventStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public String getRawPayload() {
    return rawPayload;
  }
}
