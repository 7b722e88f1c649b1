package com.qventory.sync.domain.seller;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** A seller's Platform Notification subscription as eBay last confirmed it. */
@Embeddable
public class SubscriptionState {

  private static final int MAX_TEXT = 1000;

  @Enumerated(EnumType.STRING)
  @Column(name = "subscription_status", nullable = false, length = 20)
  private EbayAccount.SubscriptionStatus status = EbayAccount.SubscriptionStatus.NONE;

  @Column(name = "subscription_detail", length = MAX_TEXT)
  private String detail;

  @Column(name = "subscribed_events", length = MAX_TEXT)
  private String events;

  @Column(name = "setup_at")
  private Instant setupAt;

  void set(EbayAccount.SubscriptionStatus status, String detail, String events, Instant at) {
    this.status = Objects.requireNonNull(status, "status");
    this.detail = bounded(detail);
    this.events = bounded(events);
    this.setupAt = at;
  }

  void disabled(Instant at) {
    this.status = EbayAccount.SubscriptionStatus.DISABLED;
    this.setupAt = at;
  }

  private static String bounded(String text) {
    return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }

  public EbayAccount.SubscriptionStatus getStatus() {
    return status;
  }

  public String getDetail() {
    return detail;
  }

  /** The events eBay confirmed, comma-separated. */
  public String getEvents() {
    return events;
  }

  public Instant getSetupAt() {
    return setupAt;
  }
}
