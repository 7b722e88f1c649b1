package com.qventory.sync.application.webhook.eventlog;

import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * One row of the admin's webhook event log. A class with getters rather than a record: Jakarta EL 5
 * (EE 10) does not read record components.
 */
public final class WebhookEventSummary implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String topic;
  private final String ebayItemId;
  private final String recipientUserId;
  private final Instant ebayTimestamp;
  private final Instant receivedAt;
  private final Instant recordedAt;
  private final Instant processedAt;
  private final Long sellerId;
  private final String sellerName;
  private final WebhookEventStatus status;
  private final int attempts;
  private final String lastError;

  private WebhookEventSummary(WebhookEvent event, String sellerName) {
    this.id = event.getId();
    this.topic = event.getTopic();
    this.ebayItemId = event.getEbayItemId();
    this.recipientUserId = event.getRecipientUserId();
    this.ebayTimestamp = event.getEbayTimestamp();
    this.receivedAt = event.getReceivedAt();
    this.recordedAt = event.getRecordedAt();
    this.processedAt = event.getProcessedAt();
    this.sellerId = event.getSellerId();
    this.sellerName = sellerName;
    this.status = event.getStatus();
    this.attempts = event.getAttempts();
    this.lastError = event.getLastError();
  }

  /**
   * @param sellerName the username of the event's seller, when it has one
   */
  static WebhookEventSummary of(WebhookEvent event, String sellerName) {
    return new WebhookEventSummary(event, sellerName);
  }

  /** Who the seller is: their username (and id), or nothing for an event of no seller. */
  public String getSeller() {
    if (sellerId == null) {
      return "";
    }
    return sellerName == null ? "#" + sellerId : sellerName + " (#" + sellerId + ")";
  }

  public long getId() {
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

  public Long getSellerId() {
    return sellerId;
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
}
