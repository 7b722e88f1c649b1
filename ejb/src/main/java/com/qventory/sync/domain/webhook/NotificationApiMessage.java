package com.qventory.sync.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A message of eBay's JSON Notification API, as read from its envelope: {@code
 * {"metadata":{"topic",…},"notification":{"notificationId","eventDate","publishDate",
 * "publishAttemptCount","data":{…}}}}. {@code notificationId} is eBay's de-duplication key.
 *
 * @param data the topic's own fields (those with a text or number value, as text), read by the
 *     topic's handler
 */
public record NotificationApiMessage(
    String topic,
    Optional<String> schemaVersion,
    String notificationId,
    Optional<Instant> eventDate,
    Optional<Instant> publishDate,
    int publishAttemptCount,
    Map<String, String> data) {

  public static final String MARKETPLACE_ACCOUNT_DELETION = "MARKETPLACE_ACCOUNT_DELETION";
  public static final String AUTHORIZATION_REVOCATION = "AUTHORIZATION_REVOCATION";
  public static final String ORDER_CONFIRMATION = "ORDER_CONFIRMATION";

  /** Longer ids are not eBay's: the event log keeps at most this many characters. */
  public static final int MAX_ID_LENGTH = 100;

  public NotificationApiMessage {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(notificationId, "notificationId");
    data = Map.copyOf(data);
  }

  /**
   * Our id of this message (the event log's notification id): derived from eBay's notificationId,
   * so that every redelivery of it has the same one.
   */
  public UUID eventId() {
    return eventIdOf(notificationId);
  }

  public static UUID eventIdOf(String ebayNotificationId) {
    return UUID.nameUUIDFromBytes(
        ("ebay-notification-api:" + ebayNotificationId).getBytes(StandardCharsets.UTF_8));
  }

  /** A field of {@code data}; empty when absent or blank. */
  public Optional<String> dataText(String name) {
    return Optional.ofNullable(data.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** A time field of {@code data}, ISO-8601 in UTC as eBay writes them. */
  public Optional<Instant> dataTime(String name) {
    try {
      return dataText(name).map(Instant::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The user a user-level message names (account deletion, authorization revocation, an order's
   * seller): eBay's username first, then the immutable userId.
   */
  public Optional<String> username() {
    return dataText("username");
  }
}
