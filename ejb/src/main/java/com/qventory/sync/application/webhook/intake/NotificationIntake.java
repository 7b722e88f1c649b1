package com.qventory.sync.application.webhook.intake;

import com.qventory.sync.application.LogText;
import com.qventory.sync.application.webhook.NotificationQueue;
import com.qventory.sync.application.webhook.NotificationReader;
import com.qventory.sync.application.webhook.QueuedNotification;
import com.qventory.sync.application.webhook.WebhookSettings;
import com.qventory.sync.domain.webhook.EbayKeyset;
import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.NotificationSignature;
import com.qventory.sync.domain.webhook.PlatformNotification;
import com.qventory.sync.domain.webhook.RefusalReason;
import com.qventory.sync.domain.webhook.Sha256;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The webhook's use case: screen a request (bounds, format, signature, timestamp window) and put an
 * accepted notification on the durable queue. Nothing is processed here.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationIntake {

  private static final Logger LOG = Logger.getLogger(NotificationIntake.class.getName());

  /** What screening decided. */
  public sealed interface Screening permits Screened, AlreadyAccepted, Refused {}

  /**
   * Accepted.
   *
   * @param maskedPayload the notification as it is queued and stored: its signature masked
   * @param confirmWithEbay its (Timestamp, signature) came before with another body: queued all the
   *     same (two genuine notifications can share a millisecond, and refusing either would lose it
   *     for good, as eBay redelivers with the same Timestamp), but processing asks eBay for the
   *     listing instead of believing this body
   */
  public record Screened(
      PlatformNotification notification, String maskedPayload, boolean confirmWithEbay)
      implements Screening {}

  /**
   * eBay redelivered, with its original Timestamp, a notification we had already accepted (the same
   * body): acknowledged, not queued again. eBay keeps a notification's Timestamp across
   * redeliveries, so one that got no 200 in time can arrive past our tolerance; refusing it would
   * count toward eBay marking the application down, and it can do no harm.
   */
  public record AlreadyAccepted(PlatformNotification notification) implements Screening {}

  public record Refused(RefusalReason reason, String message) implements Screening {}

  @Inject private WebhookSettings settings;

  @Inject private NotificationReader reader;

  @Inject private NotificationQueue queue;

  @Inject private WebhookEventRepository events;

  @Inject private AcceptedSignatures signatures;

  @Inject private Refusals refusals;

  public int maxBodyBytes() {
    return settings.maxBodyBytes();
  }

  public Screening screen(
      byte[] body, String soapAction, String remoteAddress, Instant receivedAt) {
    Optional<EbayKeyset> keyset = settings.keyset();
    if (keyset.isEmpty()) {
      return refuse(
          RefusalReason.PUSH_SYNC_DISABLED,
          "Push sync is disabled: " + String.join(", ", settings.missingSettings()) + " not set",
          body,
          remoteAddress,
          Optional.empty(),
          receivedAt);
    }
    PlatformNotification notification;
    try {
      notification = reader.read(strictUtf8(body), soapAction);
    } catch (MalformedNotificationException e) {
      return refuse(
          RefusalReason.MALFORMED,
          e.getMessage(),
          body,
          remoteAddress,
          Optional.empty(),
          receivedAt);
    }
    Optional<PlatformNotification> about = Optional.of(notification);
    if (notification.signature().isEmpty()) {
      return refuse(
          RefusalReason.MISSING_SIGNATURE,
          "The notification carries no NotificationSignature",
          body,
          remoteAddress,
          about,
          receivedAt);
    }
    if (notification.timestampText().isEmpty()) {
      return refuse(
          RefusalReason.MISSING_TIMESTAMP,
          "The notification carries no Timestamp",
          body,
          remoteAddress,
          about,
          receivedAt);
    }
    if (!NotificationSignature.matches(
        notification.signature().get(), notification.timestampText().get(), keyset.get())) {
      return refuse(
          RefusalReason.BAD_SIGNATURE,
          "NotificationSignature does not match",
          body,
          remoteAddress,
          about,
          receivedAt);
    }
    Duration tolerance = settings.timestampTolerance();
    Optional<Instant> timestamp = notification.ebayTimestamp();
    String masked = NotificationSignature.masked(notification.rawPayload());
    String digest = Sha256.hex(masked);
    if (timestamp.isEmpty()
        || Duration.between(timestamp.get(), receivedAt).abs().compareTo(tolerance) > 0) {
      if (events.existsWithPayloadDigest(digest)) {
        LOG.fine(() -> "[PLATFORM] Redelivery of an accepted notification acknowledged again");
        return new AlreadyAccepted(notification);
      }
      return refuse(
          RefusalReason.TIMESTAMP_OUT_OF_WINDOW,
          "Timestamp "
              + LogText.safe(notification.timestampText().get())
              + " is not within "
              + tolerance
              + " of our clock ("
              + receivedAt
              + ")",
          body,
          remoteAddress,
          about,
          receivedAt);
    }
    AcceptedSignatures.Use use =
        signatures.use(
            notification.timestampText().get(),
            digest,
            timestamp.get().plus(tolerance),
            receivedAt);
    if (use == AcceptedSignatures.Use.TOO_MANY_BODIES) {
      return refuse(
          RefusalReason.SIGNATURE_REUSED,
          "The NotificationSignature of Timestamp "
              + LogText.safe(notification.timestampText().get())
              + " was accepted before with "
              + AcceptedSignatures.MAX_OTHER_BODIES
              + " other bodies",
          body,
          remoteAddress,
          about,
          receivedAt);
    }
    if (use == AcceptedSignatures.Use.OTHER_BODY) {
      LOG.info(
          () ->
              "[PLATFORM] The signature of Timestamp "
                  + LogText.safe(notification.timestampText().get())
                  + " came before with another body ("
                  + LogText.safe(notification.eventName())
                  + ", item "
                  + LogText.safe(notification.ebayItemId().orElse("none"))
                  + ", from "
                  + remoteAddress
                  + "): its listing will be confirmed with eBay before anything is applied");
    }
    return new Screened(notification, masked, use == AcceptedSignatures.Use.OTHER_BODY);
  }

  /**
   * eBay sends UTF-8. A lenient decoder would turn invalid bytes into U+FFFD here while the SOAP
   * stack, decoding the same bytes again, fails on them with a 500 — which eBay retries for ever.
   */
  static String strictUtf8(byte[] body) throws MalformedNotificationException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedNotificationException("The body is not valid UTF-8", e);
    }
  }

  /** A request that is not a POST: eBay never sends one. */
  public Refused refuseMethod(String method, String remoteAddress, Instant receivedAt) {
    return refuse(
        RefusalReason.METHOD_NOT_ALLOWED,
        "eBay POSTs notifications; " + LogText.safe(method) + " is not allowed here",
        new byte[0],
        remoteAddress,
        Optional.empty(),
        receivedAt);
  }

  /** A body over the limit, refused before it was read. */
  public Refused refuseTooLarge(long declaredBytes, String remoteAddress, Instant receivedAt) {
    return refuse(
        RefusalReason.TOO_LARGE,
        "The body has more than "
            + settings.maxBodyBytes()
            + " bytes"
            + (declaredBytes > 0 ? " (" + declaredBytes + " declared)" : ""),
        new byte[0],
        remoteAddress,
        Optional.empty(),
        receivedAt);
  }

  /**
   * Puts the notification on the durable queue; when this returns, Artemis has it in its journal.
   * No transaction: a single message needs none, and a blocking durable send returns only once the
   * broker has synced it (see {@link NotificationQueue#enqueue}) — without a JTA transaction's
   * enlistment, XA round trips and commit on every request.
   *
   * @return the id that follows the notification through processing, replay and the event log
   */
  public UUID enqueue(Screened screened, String soapAction, Instant receivedAt) {
    UUID notificationId = UUID.randomUUID();
    QueuedNotification queued =
        QueuedNotification.platform(
            notificationId, screened.maskedPayload(), soapAction, receivedAt);
    queue.enqueue(screened.confirmWithEbay() ? queued.confirmingWithEbay() : queued);
    return notificationId;
  }

  private Refused refuse(
      RefusalReason reason,
      String message,
      byte[] body,
      String remoteAddress,
      Optional<PlatformNotification> notification,
      Instant receivedAt) {
    refusals.refused(
        Refusal.of(reason, message, body, remoteAddress, receivedAt)
            .naming(
                notification.map(PlatformNotification::eventName).orElse(null),
                notification.flatMap(PlatformNotification::recipientUserId).orElse(null),
                notification.flatMap(PlatformNotification::ebayItemId).orElse(null)));
    return new Refused(reason, message);
  }
}
