package com.qventory.sync.domain.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One line of an item's sync history: which notification changed what, and when. */
@Entity
@Table(name = "item_sync_entry")
@NamedQuery(
    name = ItemSyncEntry.FIND_BY_ITEM,
    query =
        "SELECT e FROM ItemSyncEntry e WHERE e.itemId = :itemId ORDER BY e.appliedAt DESC, e.id DESC")
public class ItemSyncEntry {

  public static final String FIND_BY_ITEM = "ItemSyncEntry.findByItem";
  public static final String NOTIFICATION = "NOTIFICATION";
  public static final String INITIAL_IMPORT = "INITIAL_IMPORT";
  public static final String RECONCILIATION = "RECONCILIATION";
  private static final int MAX_SUMMARY = 1000;

  @Id
  @SequenceGenerator(
      name = "item_sync_entry_seq",
      sequenceName = "item_sync_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_sync_entry_seq")
  private Long id;

  @Column(name = "item_id", nullable = false)
  private Long itemId;

  @Column(name = "webhook_event_id")
  private Long webhookEventId;

  @Column(nullable = false, length = 20)
  private String source = NOTIFICATION;

  @Column(name = "event_name", nullable = false, length = 100)
  private String eventName;

  @Column(name = "ebay_timestamp")
  private Instant ebayTimestamp;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  @Column(nullable = false, length = MAX_SUMMARY)
  private String summary;

  protected ItemSyncEntry() {
    // for JPA
  }

  public ItemSyncEntry(
      Long itemId,
      Long webhookEventId,
      String eventName,
      Instant ebayTimestamp,
      Instant appliedAt,
      List<String> changes) {
    this.itemId = Objects.requireNonNull(itemId, "itemId");
    this.webhookEventId = webhookEventId;
    this.source = webhookEventId == null ? INITIAL_IMPORT : NOTIFICATION;
    this.eventName = Objects.requireNonNull(eventName, "eventName");
    this.ebayTimestamp = ebayTimestamp;
    this.appliedAt = Objects.requireNonNull(appliedAt, "appliedAt");
    String text = changes.isEmpty() ? "no field changed" : String.join("; ", changes);
    this.summary = text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Long getItemId() {
    return itemId;
  }

  /** A line written by reconciliation (polling eBay) rather than a notification. */
  public static ItemSyncEntry reconciled(
      Long itemId, Instant ebayTimestamp, Instant appliedAt, List<String> changes) {
    ItemSyncEntry entry =
        new ItemSyncEntry(itemId, null, "Reconciliation", ebayTimestamp, appliedAt, changes);
    entry.source = RECONCILIATION;
    return entry;
  }

  public String getSource() {
    return source;
  }

  public Long getWebhookEventId() {
    return webhookEventId;
  }

  public String getEventName() {
    return eventName;
  }

  public Instant getEbayTimestamp() {
    return ebayTimestamp;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public String getSummary() {
    return summary;
  }
}
