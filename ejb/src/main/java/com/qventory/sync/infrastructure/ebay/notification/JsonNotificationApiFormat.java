package com.qventory.sync.infrastructure.ebay.notification;

import com.qventory.sync.application.webhook.NotificationApiFormat;
import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.NotificationApiMessage;
import com.qventory.sync.domain.webhook.NotificationApiSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** eBay's Notification API messages and signature header, read and written with JSON-P. */
@ApplicationScoped
public class JsonNotificationApiFormat implements NotificationApiFormat {

  /** A header longer than this is not eBay's. */
  private static final int MAX_HEADER_LENGTH = 4096;

  @Override
  public NotificationApiMessage read(String json) throws MalformedNotificationException {
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
    if (id.length() > NotificationApiMessage.MAX_ID_LENGTH
        || topic.length() > NotificationApiMessage.MAX_ID_LENGTH) {
      throw new MalformedNotificationException("topic or notificationId is too long");
    }
    return new NotificationApiMessage(
        topic,
        text(metadata, "schemaVersion"),
        id,
        time(notification, "eventDate"),
        time(notification, "publishDate"),
        notification.get("publishAttemptCount") instanceof JsonNumber n ? n.intValue() : 1,
        scalars(notification.get("data")));
  }

  @Override
  public Optional<NotificationApiSignature> signature(String header) {
    if (header == null || header.isBlank() || header.length() > MAX_HEADER_LENGTH) {
      return Optional.empty();
    }
    try (JsonReader reader =
        Json.createReader(new ByteArrayInputStream(Base64.getDecoder().decode(header.strip())))) {
      JsonObject json = reader.readObject();
      if (!(json.get("kid") instanceof JsonString kid)
          || !(json.get("signature") instanceof JsonString signature)
          || kid.getString().isBlank()) {
        return Optional.empty();
      }
      return Optional.of(
          new NotificationApiSignature(
              json.getString("alg", "ecdsa"),
              kid.getString(),
              Base64.getDecoder().decode(signature.getString())));
    } catch (IllegalArgumentException
        | JsonException
        | IllegalStateException
        | ClassCastException e) {
      return Optional.empty();
    }
  }

  @Override
  public String proofOfHandling(NotificationApiMessage deletion) {
    JsonObjectBuilder notification =
        Json.createObjectBuilder()
            .add("notificationId", deletion.notificationId())
            .add("publishAttemptCount", deletion.publishAttemptCount())
            .add("data", Json.createObjectBuilder().add("erased", true));
    deletion.eventDate().ifPresent(date -> notification.add("eventDate", date.toString()));
    deletion.publishDate().ifPresent(date -> notification.add("publishDate", date.toString()));
    JsonObjectBuilder metadata = Json.createObjectBuilder().add("topic", deletion.topic());
    deletion.schemaVersion().ifPresent(version -> metadata.add("schemaVersion", version));
    return Json.createObjectBuilder()
        .add("metadata", metadata)
        .add("notification", notification)
        .build()
        .toString();
  }

  /** The data object's text and number fields, as text; nested values are not eBay's fields. */
  private static Map<String, String> scalars(JsonValue data) {
    Map<String, String> fields = new HashMap<>();
    if (data instanceof JsonObject object) {
      object.forEach(
          (name, value) -> {
            if (value instanceof JsonString text) {
              fields.put(name, text.getString());
            } else if (value instanceof JsonNumber number) {
              fields.put(name, number.toString());
            }
          });
    }
    return fields;
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
