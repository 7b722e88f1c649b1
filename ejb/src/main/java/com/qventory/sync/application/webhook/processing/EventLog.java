package com.qventory.sync.application.webhook.processing;

import com.qventory.sync.application.LogText;
import com.qventory.sync.application.ThisNode;
import com.qventory.sync.application.metrics.NotificationSettled;
import com.qventory.sync.application.webhook.NotificationQueue;
import com.qventory.sync.application.webhook.WebhookSettings;
import com.qventory.sync.domain.webhook.ProcessingAttempt;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The event log's lifecycle of a notification, the same for every channel: its row is opened (found
 * and locked, or created), left alone when it is settled already, described and — once the
 * channel's {@link ChannelHandler} has applied it — settled, with a row for the attempt; or, when
 * the attempt failed, the failure is recorded: FAILED to be retried, or DEAD.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EventLog {

  private static final Logger LOG = Logger.getLogger(EventLog.class.getName());

  /** A notification's event row, opened for processing. */
  public record Opened(WebhookEvent event, WebhookEventStatus settledAs) {

    /** Whether it was settled before: a redelivery of one whose effect is committed. */
    public boolean settled() {
      return settledAs != null;
    }
  }

  /**
   * What applying a notification came to.
   *
   * @param sellerId whose notification it was, when it was anyone's
   * @param dedupKey its idempotency key, when it had an effect or was a duplicate
   * @param duplicateOf the event whose effect it repeats (DUPLICATE)
   */
  public record Outcome(
      WebhookEventStatus status, Long sellerId, String dedupKey, Long duplicateOf) {

    public Outcome {
      Objects.requireNonNull(status, "status");
    }

    public static Outcome of(WebhookEventStatus status) {
      return new Outcome(status, null, null, null);
    }

    public static Outcome of(WebhookEventStatus status, Optional<Long> sellerId) {
      return new Outcome(status, sellerId.orElse(null), null, null);
    }
  }

  /**
   * Why an attempt failed.
   *
   * @param permanent it can never succeed (a body that cannot be read): DEAD at once, not retried
   */
  public record Failure(String error, boolean permanent) {

    public Failure {
      Objects.requireNonNull(error, "error");
    }
  }

  @Inject private WebhookEventRepository events;

  @Inject private ChannelHandlers handlers;

  @Inject private NotificationQueue queue;

  @Inject private WebhookSettings settings;

  @Inject private Clock clock;

  @Inject private ThisNode node;

  @Inject private Event<NotificationSettled> settled;

  /**
   * Opens the notification's event row. A row that may exist already (a redelivery or a replay) is
   * looked for under a lock every transaction processing this notification takes first, so that two
   * deliveries of one notification are applied one after the other and the second finds the first
   * settled; a new notification's row is created, and its unique id stands in for that lock.
   *
   * @param mayBeRecorded whether the row may exist; when not, it is created without looking
   * @param describe describes the row from the body already read, before it is written
   */
  public Opened open(
      InboundNotification inbound, boolean mayBeRecorded, Consumer<WebhookEvent> describe) {
    Optional<WebhookEvent> recorded = Optional.empty();
    if (mayBeRecorded) {
      events.serializeProcessingOf(inbound.notificationId());
      recorded = events.findByNotificationIdForUpdate(inbound.notificationId());
      if (recorded.isPresent() && recorded.get().isSettled()) {
        return new Opened(recorded.get(), recorded.get().getStatus());
      }
    }
    WebhookEvent event =
        recorded.orElseGet(() -> handlers.of(inbound.channel()).newEvent(inbound, clock.instant()));
    if (inbound.confirmWithEbay()) {
      event.bodyNotBelieved();
    }
    describe.accept(event);
    if (recorded.isEmpty()) {
      events.add(event);
    }
    return new Opened(event, null);
  }

  /**
   * Settles the event with what applying it came to, records the attempt and announces it (counted
   * once the transaction commits).
   */
  public WebhookEventStatus settle(
      InboundNotification inbound, WebhookEvent event, Outcome outcome) {
    // processed_at is when the outcome was reached, the end of the latency we promise.
    Instant now = clock.instant();
    event.settle(
        outcome.status(), outcome.sellerId(), outcome.dedupKey(), outcome.duplicateOf(), now);
    ended(inbound, event, now);
    return outcome.status();
  }

  /**
   * Records a failed attempt in a transaction of its own (the attempt's own rolled back). A failure
   * that can never succeed, or the last allowed attempt, makes the notification DEAD and puts it on
   * the dead-letter queue in the same transaction, so that it is never both retried and dead.
   *
   * @return the status now recorded: FAILED (will be retried) or DEAD (given up); or the status it
   *     settled with, when another delivery settled it meanwhile
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public WebhookEventStatus recordFailure(InboundNotification inbound, Failure failure) {
    events.serializeProcessingOf(inbound.notificationId());
    Instant now = clock.instant();
    WebhookEvent event =
        events
            .findByNotificationIdForUpdate(inbound.notificationId())
            .orElseGet(
                () -> {
                  ChannelHandler handler = handlers.of(inbound.channel());
                  WebhookEvent created = handler.newEvent(inbound, now);
                  handler.describeIfReadable(created, inbound);
                  events.add(created);
                  return created;
                });
    if (event.isSettled()) {
      return event.getStatus();
    }
    String what =
        "[PLATFORM] Notification "
            + inbound.notificationId()
            + " ("
            + LogText.safe(event.getTopic())
            + ", item "
            + LogText.safe(event.getEbayItemId())
            + ")";
    if (failure.permanent() || inbound.delivery() >= settings.maxAttempts()) {
      event.dead(failure.error(), now);
      queue.deadLetter(inbound.queued(), failure.error());
      LOG.severe(
          what
              + " is DEAD "
              + (failure.permanent()
                  ? "at once, as it can never be applied"
                  : "after " + inbound.delivery() + " attempts")
              + ": "
              + LogText.safe(failure.error())
              + ". It is on the dead-letter queue; replay it once the cause is fixed.");
    } else {
      event.failed(failure.error());
      LOG.warning(
          what
              + " failed attempt "
              + inbound.delivery()
              + " of "
              + settings.maxAttempts()
              + ": "
              + LogText.safe(failure.error()));
    }
    ended(inbound, event, now);
    return event.getStatus();
  }

  private void ended(InboundNotification inbound, WebhookEvent event, Instant now) {
    events.addAttempt(new ProcessingAttempt(event, inbound.takenAt(), now, node.name()));
    settled.fire(NotificationSettled.of(event, now));
  }
}
