package com.qventory.sync.domain.webhook;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A message of eBay's JSON Notification API, as read from its envelope: {@code
 * {"metadata":{"topic",…},"notification":{"notificationId","eventDate","publishDate",
 * "publishAttemptCount","data":{…}}}}. {@code notificationId} is eBay's de-duplication key.
 *
 * @param data the topic's own fields, read by the topic's handler
 */
public record ApiNotification(
    String topic,
    Optional<String> schemaVersion,
    String notificationId,
    Optional<Instant> eventDate,
    Optional<Instant> publishDate,
    int publishAttemptCount,
    JsonObject data) {

  public static final String MARKETPLACE_ACCOUNT_DELETION = "MARKETPLACE_ACCOUNT_DELETION";
  public static final String AUTHORIZATION_REVOCATION = "AUTHORIZATION_REVOCATION";
  public static final String ORDER_CONFIRMATION = "ORDER_CONFIRMATION";

  /** Longer ids are not eBay's: the event log keeps at most this many characters. */
  private static final int MAX_ID_LENGTH = 100;

  public ApiNotification {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(notificationId, "notificationId");
    Objects.requireNonNull(data, "data");
  }

  /**
   * @throws MalformedNotificationException when the text is not such an envelope
   */
  public static ApiNotification read(String json) throws MalformedNotificationException {
    JsonObject root;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      root = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new MalformedNotificationException("The body is not a JSON object", e);
    }
    JsonObject metadata = object(root, "metadata");
    JsonObject notification = object(root, "notification");
    String topic = requiredText(metadata, "topic");
    String id = requiredText(notification, "notificationId");
    if (id.length() > MAX_ID_LENGTH || topic.length() > MAX_ID_LENGTH) {
      throw new MalformedNotificationException("topic or notificationId is too long");
    }
    JsonValue data = notification.get("data");
    return new ApiNotification(
        topic,
        text(metadata, "schemaVersion"),
        id,
        time(notification, "eventDate"),
        time(notification, "publishDate"),
        notification.get("publishAttemptCount") instanceof JsonNumber n ? n.intValue() : 1,
        data instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT);
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

  /** A text field of {@code data}; empty when absent, blank or not text. */
  public Optional<String> dataText(String name) {
    return text(data, name);
  }

  /** A number field of {@code data} (as a JSON number or a numeric text). */
  public Optional<Integer> dataInteger(String name) {
    JsonValue value = data.get(name);
    if (value instanceof JsonNumber number) {
      return Optional.of(number.intValue());
    }
    try {
      return dataText(name).map(Integer::valueOf);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A time field of {@code data}, ISO-8601 in UTC as eBay writes them. */
  public Optional<Instant> dataTime(String name) {
    return time(data, name);
  }

  /**
   * The user a user-level message names (account deletion, authorization revocation, an order's
   * seller): eBay's username first, then the immutable userId.
   */
  public Optional<String> username() {
    return dataText("username");
  }

  private static JsonObject object(JsonObject parent, String name)
      throws MalformedNotificationException {
    if (parent.get(name) instanceof JsonObject child) {
      return child;
    }
    throw new MalformedNotificationException("The envelope has no \"" + name + "\" object");
  }

  private static String requiredText(JsonObject parent, String name)
      throws MalformedNotificationException {
    return text(parent, name)
        .orElseThrow(
            () -> new MalformedNotificationException("The envelope has no \"" + name + "\""));
  }

  private static Optional<String> text(JsonObject parent, String name) {
    return parent.get(name) instanceof JsonString s && !s.getString().isBlank()
        ? Optional.of(s.getString().strip())
        : Optional.empty();
  }

  private static Optional<Instant> time(JsonObject parent, String name) {
    try {
      return text(parent, name).map(Instant::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
