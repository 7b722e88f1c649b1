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
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** One notification that eBay pushed to us, as we received it and what became of it. */
@Entity
@Table(name = "webhook_event")
@NamedQuery(
    name = WebhookEvent.FIND_BY_NOTIFICATION_ID,
    query = "SELECT e FROM WebhookEvent e WHERE e.notificationId = :notificationId")
public class WebhookEvent {

  public static final String FIND_BY_NOTIFICATION_ID = "WebhookEvent.findByNotificationId";

  /** Topics of eBay's SOAP Platform Notifications are this prefix plus the event name. */
  public static final String PLATFORM_TOPIC_PREFIX = "PLATFORM_";

  @Id
  @SequenceGenerator(
      name = "webhook_event_seq",
      sequenceName = "webhook_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_event_seq")
  private Long id;

  @Column(name = "notification_id", nullable = false, unique = true)
  private UUID notificationId;

  @Column(nullable = false, length = 100)
  private String topic;

  @Column(name = "soap_action", length = 200)
  private String soapAction;

  @Column(name = "seller_id")
  private Long sellerId;

  @Column(name = "dedup_key")
  private String dedupKey;

  @Column(name = "duplicate_of")
  private Long duplicateOf;

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

  /** Statuses after which nothing more happens to an event unless an admin replays it. */
  public static final Set<WebhookEventStatus> SETTLED =
      EnumSet.of(
          WebhookEventStatus.PROCESSED,
          WebhookEventStatus.DUPLICATE,
          WebhookEventStatus.STALE,
          WebhookEventStatus.UNMATCHED,
          WebhookEventStatus.IGNORED,
          WebhookEventStatus.DEAD);

  /** Statuses an admin may replay from. */
  public static final Set<WebhookEventStatus> REPLAYABLE =
      EnumSet.of(WebhookEventStatus.DEAD, WebhookEventStatus.FAILED, WebhookEventStatus.UNMATCHED);

  private static final int MAX_ERROR_LENGTH = 2000;

  /** The payload's digest: a redelivery of a body already accepted is recognised by it. */
  @Column(name = "payload_sha256", length = 64)
  private String payloadSha256;

  /**
   * Its signature had been accepted before with another body: the listing it names was asked from
   * eBay instead of taken from the body.
   */
  @Column(name = "confirm_with_ebay", nullable = false)
  private boolean confirmWithEbay;

  /**
   * A notification taken off the queue, before anything is read from it.
   *
   * @param receivedAt when our endpoint accepted it (the start of the latency we promise)
   * @param recordedAt when it was written here
   * @param confirmWithEbay see {@link #isConfirmWithEbay()}
   */
  public WebhookEvent(
      UUID notificationId,
      String eventName,
      String soapAction,
      String rawPayload,
      Instant receivedAt,
      Instant recordedAt,
      boolean confirmWithEbay) {
    this.notificationId = Objects.requireNonNull(notificationId, "notificationId");
    this.topic = PLATFORM_TOPIC_PREFIX + Objects.requireNonNull(eventName, "eventName");
    this.soapAction = soapAction == null ? null : truncate(soapAction, 200);
    this.rawPayload = Objects.requireNonNull(rawPayload, "rawPayload");
    this.payloadSha256 = Sha256.hex(rawPayload);
    this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    this.status = WebhookEventStatus.RECEIVED;
    this.confirmWithEbay = confirmWithEbay;
  }

  /** How eBay pushed it. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NotificationChannel channel = NotificationChannel.PLATFORM;

  /**
   * When the personal data in its payload was erased (an eBay user's account deletion): the payload
   * is then only what proves the event was handled, and it can no longer be replayed.
   */
  @Column(name = "erased_at")
  private Instant erasedAt;

  /**
   * A JSON Notification API message taken off the queue; its topic is eBay's (e.g. {@code
   * MARKETPLACE_ACCOUNT_DELETION}).
   */
  public static WebhookEvent fromNotificationApi(
      UUID notificationId,
      String topic,
      String rawPayload,
      Instant receivedAt,
      Instant recordedAt) {
    WebhookEvent event =
        new WebhookEvent(notificationId, "", null, rawPayload, receivedAt, recordedAt, false);
    event.topic = truncate(Objects.requireNonNull(topic, "topic"), 100);
    event.channel = NotificationChannel.NOTIFICATION_API;
    return event;
  }

  /**
   * Records what a JSON message says it is about: its topic, eBay's event date and the user it
   * names (kept only until that user's data is erased).
   */
  public void describe(NotificationApiMessage notification) {
    this.topic = truncate(notification.topic(), 100);
    this.recipientUserId = notification.username().map(name -> truncate(name, 100)).orElse(null);
    this.ebayItemId = notification.dataText("itemId").map(id -> truncate(id, 40)).orElse(null);
    this.ebayTimestamp = notification.eventDate().orElse(null);
  }

  /**
   * The personal data of an eBay user in this event is erased: its payload becomes {@code
   * proofOfHandling} (what shows the event was received and handled, naming no one).
   */
  public void erase(String proofOfHandling, Instant now) {
    this.rawPayload = Objects.requireNonNull(proofOfHandling, "proofOfHandling");
    this.payloadSha256 = null;
    this.recipientUserId = null;
    this.lastError = null;
    this.erasedAt = now;
  }

  public NotificationChannel getChannel() {
    return channel;
  }

  public Optional<Instant> getErasedAt() {
    return Optional.ofNullable(erasedAt);
  }

  /** Its body is not believed: its listing is asked from eBay (see {@link #isConfirmWithEbay}). */
  public void bodyNotBelieved() {
    this.confirmWithEbay = true;
  }

  /**
   * Its signature had been accepted before with another body: the listing it names was asked from
   * eBay instead of taken from the body.
   */
  public boolean isConfirmWithEbay() {
    return confirmWithEbay;
  }

  /** Records what the notification says it is about. */
  public void describe(PlatformNotification notification) {
    this.topic = PLATFORM_TOPIC_PREFIX + truncate(notification.eventName(), 90);
    this.ebayItemId = notification.ebayItemId().map(id -> truncate(id, 40)).orElse(null);
    this.recipientUserId = notification.recipientUserId().map(id -> truncate(id, 100)).orElse(null);
    this.ebayTimestamp = notification.ebayTimestamp().orElse(null);
  }

  public boolean isSettled() {
    return SETTLED.contains(status);
  }

  /**
   * One processing attempt ended with {@code outcome}; the effect (if any) is committed with it.
   */
  public void settle(
      WebhookEventStatus outcome, Long sellerId, String dedupKey, Long duplicateOf, Instant now) {
    if (!SETTLED.contains(outcome) || outcome == WebhookEventStatus.DEAD) {
      throw new IllegalArgumentException(outcome + " is not the outcome of processing");
    }
    this.status = outcome;
    this.sellerId = sellerId;
    this.dedupKey = dedupKey;
    this.duplicateOf = duplicateOf;
    this.processedAt = now;
    this.attempts++;
    this.lastError = null;
  }

  /** A processing attempt failed; it will be retried. */
  public void failed(String error) {
    this.status = WebhookEventStatus.FAILED;
    this.attempts++;
    this.lastError = truncate(Objects.requireNonNull(error, "error"), MAX_ERROR_LENGTH);
  }

  /** The last allowed attempt failed: the notification goes to the dead-letter queue. */
  public void dead(String error, Instant now) {
    failed(error);
    this.status = WebhookEventStatus.DEAD;
    this.processedAt = now;
  }

  /** When an admin last sent it through processing again, and who. */
  @Column(name = "replayed_at")
  private Instant replayedAt;

  @Column(name = "replayed_by", length = 40)
  private String replayedBy;

  public Optional<Instant> getReplayedAt() {
    return Optional.ofNullable(replayedAt);
  }

  public Optional<String> getReplayedBy() {
    return Optional.ofNullable(replayedBy);
  }

  /** {@code admin} sends it through processing again (after fixing the cause). */
  public void replay(String admin, Instant now) {
    replay();
    this.replayedBy = truncate(Objects.requireNonNull(admin, "admin"), 40);
    this.replayedAt = now;
  }

  /** Sends it through processing again (after fixing the cause). */
  public void replay() {
    if (erasedAt != null) {
      throw new IllegalStateException(
          "Event "
              + id
              + " was erased on "
              + erasedAt
              + " (an eBay account deletion): nothing is left to replay");
    }
    if (!REPLAYABLE.contains(status)) {
      throw new IllegalStateException(
          "Event " + id + " is " + status + ": only " + REPLAYABLE + " can be replayed");
    }
    this.status = WebhookEventStatus.RECEIVED;
    this.processedAt = null;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  public UUID getNotificationId() {
    return notificationId;
  }

  public String getSoapAction() {
    return soapAction;
  }

  public Long getSellerId() {
    return sellerId;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public Long getDuplicateOf() {
    return duplicateOf;
  }

  /** The event name without the topic prefix. */
  public String getEventName() {
    return topic.startsWith(PLATFORM_TOPIC_PREFIX)
        ? topic.substring(PLATFORM_TOPIC_PREFIX.length())
        : topic;
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
