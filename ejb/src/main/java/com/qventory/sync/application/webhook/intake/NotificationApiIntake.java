package com.qventory.sync.application.webhook.intake;

import com.qventory.sync.application.Failures;
import com.qventory.sync.application.LogText;
import com.qventory.sync.application.webhook.NotificationApiFormat;
import com.qventory.sync.application.webhook.NotificationApiSettings;
import com.qventory.sync.application.webhook.NotificationQueue;
import com.qventory.sync.application.webhook.QueuedNotification;
import com.qventory.sync.application.webhook.WebhookSettings;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.NotificationApiMessage;
import com.qventory.sync.domain.webhook.NotificationApiSignature;
import com.qventory.sync.domain.webhook.RefusalReason;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JSON Notification API's use case: answer eBay's endpoint validation, and verify a message's
 * signature over the bytes received and put it on the durable queue — nothing is processed here.
 * eBay retries what is not answered 2xx; it expects 412 for a signature that does not verify.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationApiIntake {

  private static final Logger LOG = Logger.getLogger(NotificationApiIntake.class.getName());

  /** What became of a POSTed message. */
  public sealed interface Outcome permits Accepted, Refused, Unavailable {}

  /**
   * Durable on the queue (204), or eBay's redelivery of one already recorded (204, not queued
   * again).
   */
  public record Accepted(UUID notificationId, String topic, boolean redelivery)
      implements Outcome {}

  public record Refused(RefusalReason reason, String message) implements Outcome {}

  /** Not our sender's fault (eBay's key service or our queue): 500, and eBay delivers again. */
  public record Unavailable(String message) implements Outcome {}

  @Inject private NotificationApiSettings settings;

  @Inject private WebhookSettings webhook;

  @Inject private NotificationApiKeys keys;

  @Inject private NotificationApiFormat format;

  @Inject private NotificationQueue queue;

  @Inject private WebhookEventRepository events;

  @Inject private Refusals refusals;

  /** The answer to {@code GET ?challenge_code=}; empty when no verification token is configured. */
  public Optional<String> challengeResponse(String challengeCode) {
    return settings
        .verificationToken()
        .map(
            token ->
                NotificationApiSignature.challengeResponse(
                    challengeCode, token, settings.endpoint()));
  }

  public int maxBodyBytes() {
    return webhook.maxBodyBytes();
  }

  public Outcome accept(
      byte[] body, String signatureHeader, String remoteAddress, Instant receivedAt) {
    if (webhook.keyset().isEmpty()) {
      return refuse(
          RefusalReason.PUSH_SYNC_DISABLED,
          "The eBay keyset is not configured: "
              + String.join(", ", webhook.missingSettings())
              + " not set, so eBay's public keys cannot be fetched",
          body,
          remoteAddress,
          receivedAt);
    }
    Optional<NotificationApiSignature> signature = format.signature(signatureHeader);
    if (signature.isEmpty()) {
      return refuse(
          RefusalReason.API_MISSING_SIGNATURE,
          signatureHeader == null
              ? "No X-EBAY-SIGNATURE header"
              : "X-EBAY-SIGNATURE is not Base64 JSON with a kid and a signature",
          body,
          remoteAddress,
          receivedAt);
    }
    String keyId = signature.get().keyId();
    if (!NotificationApiSignature.isKeyIdShaped(keyId)) {
      return refuse(
          RefusalReason.API_BAD_KEY_ID,
          "X-EBAY-SIGNATURE names a key id that is not eBay's ("
              + keyId.length()
              + " characters: "
              + LogText.safe(keyId)
              + ")",
          body,
          remoteAddress,
          receivedAt);
    }
    Optional<NotificationApiSignature.PublicKeyAnswer> key;
    try {
      key = keys.key(keyId);
    } catch (EbayApiException | RuntimeException e) {
      LOG.warning(
          "[NOTIFICATION-API] Could not fetch eBay's public key "
              + keyId
              + " ("
              + LogText.safe(Failures.rootCauseMessage(e))
              + "): answered 500, eBay will deliver again");
      return new Unavailable("eBay's public key could not be fetched; retry later");
    }
    if (key.isEmpty()) {
      return refuse(
          RefusalReason.API_UNKNOWN_KEY,
          "eBay knows no public key " + keyId,
          body,
          remoteAddress,
          receivedAt);
    }
    if (!signature.get().verifies(body, key.get())) {
      return refuse(
          RefusalReason.API_BAD_SIGNATURE,
          "X-EBAY-SIGNATURE does not verify with key " + keyId,
          body,
          remoteAddress,
          receivedAt);
    }
    String text;
    NotificationApiMessage notification;
    try {
      text = NotificationIntake.strictUtf8(body);
      notification = format.read(text);
    } catch (MalformedNotificationException e) {
      return refuse(RefusalReason.API_MALFORMED, e.getMessage(), body, remoteAddress, receivedAt);
    }
    UUID id = notification.eventId();
    if (recordedAlready(id)) {
      LOG.fine(
          () -> "[NOTIFICATION-API] Redelivery of " + LogText.safe(notification.notificationId()));
      return new Accepted(id, notification.topic(), true);
    }
    try {
      queue.enqueue(QueuedNotification.notificationApi(id, text, receivedAt));
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "[NOTIFICATION-API] Could not enqueue "
              + LogText.safe(notification.topic())
              + " "
              + LogText.safe(notification.notificationId())
              + "; eBay will deliver it again",
          e);
      return new Unavailable("Temporarily unable to accept the notification; retry later");
    }
    LOG.fine(
        () ->
            "[NOTIFICATION-API] Queued "
                + LogText.safe(notification.topic())
                + " "
                + LogText.safe(notification.notificationId())
                + " as "
                + id);
    return new Accepted(id, notification.topic(), false);
  }

  /**
   * Whether the event log has it: then it is not queued again. When the log cannot be asked, it is
   * queued all the same — processing de-duplicates on the same id.
   */
  private boolean recordedAlready(UUID id) {
    try {
      return events.recordedAmong(List.of(id)).contains(id);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** A body over the limit, refused before it was read. */
  public Refused refuseTooLarge(long declaredBytes, String remoteAddress, Instant receivedAt) {
    return refuse(
        RefusalReason.TOO_LARGE,
        "The body has more than " + webhook.maxBodyBytes() + " bytes",
        new byte[0],
        remoteAddress,
        receivedAt);
  }

  private Refused refuse(
      RefusalReason reason, String message, byte[] body, String remoteAddress, Instant at) {
    refusals.refused(Refusal.of(reason, message, body, remoteAddress, at));
    return new Refused(reason, message);
  }
}
