package com.qventory.sync.domain.inventory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of an item's sync history: which source (and notification) changed what, and when. The
 * changes are structured (field, before, after); pages put them into words.
 */
@Entity
@Table(name = "item_sync_entry")
@NamedQuery(
    name = ItemSyncEntry.FIND_BY_ITEM,
    query =
        "SELECT e FROM ItemSyncEntry e WHERE e.itemId = :itemId ORDER BY e.appliedAt DESC, e.id DESC")
public class ItemSyncEntry {

  public static final String FIND_BY_ITEM = "ItemSyncEntry.findByItem";

  @Id
  @SequenceGenerator(
      name = "item_sync_entry_seq",
      sequenceName = "item_sync_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_sync_entry_seq")
  private Long id;

  @Column(name = "item_id", nullable = false)
  private Long itemId;

  @Column(name = "seller_id", nullable = false)
  private Long sellerId;

  @Column(name = "webhook_event_id")
  private Long webhookEventId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private SyncSource source;

  @Column(name = "event_name", nullable = false, length = 100)
  private String eventName;

  @Column(name = "ebay_timestamp")
  private Instant ebayTimestamp;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  @ElementCollection
  @CollectionTable(name = "item_sync_change", joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "position")
  private List<SyncChange> changes = new ArrayList<>();

  protected ItemSyncEntry() {
    // for JPA
  }

  /**
   * @param webhookEventId the notification that made the change; null for the other sources
   * @param eventName eBay's event name, or the source's name for the others
   */
  public ItemSyncEntry(
      Long itemId,
      Long sellerId,
      SyncSource source,
      Long webhookEventId,
      String eventName,
      Instant ebayTimestamp,
      Instant appliedAt,
      List<SyncChange> changes) {
    this.itemId = Objects.requireNonNull(itemId, "itemId");
    this.sellerId = Objects.requireNonNull(sellerId, "sellerId");
    this.source = Objects.requireNonNull(source, "source");
    this.webhookEventId = webhookEventId;
    this.eventName = Objects.requireNonNull(eventName, "eventName");
    this.ebayTimestamp = ebayTimestamp;
    this.appliedAt = Objects.requireNonNull(appliedAt, "appliedAt");
    this.changes.addAll(changes);
  }

  public Long getId() {
    return id;
  }

  public Long getItemId() {
    return itemId;
  }

  public Long getSellerId() {
    return sellerId;
  }

  public SyncSource getSource() {
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

  public List<SyncChange> getChanges() {
    return List.copyOf(changes);
  }
}
