package com.qventory.sync.application.webhook.eventlog;

import com.qventory.sync.application.Counted;
import com.qventory.sync.application.LogText;
import com.qventory.sync.application.webhook.NotificationQueue;
import com.qventory.sync.application.webhook.QueuedNotification;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventFilter;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends a DEAD, FAILED or UNMATCHED notification through processing again, once its cause is fixed.
 * The event keeps its id and history; the queue gets the stored payload in the same transaction
 * that sets it back to RECEIVED.
 */
@Stateless
@RolesAllowed("admin")
public class WebhookReplay {

  /** The most events one bulk replay sends; a larger backlog is replayed in several. */
  public static final int MAX_BULK = 10_000;

  /**
   * What a bulk replay did.
   *
   * @param refused events that were no longer replayable when their turn came (settled meanwhile)
   */
  public record BulkReplay(int replayed, int refused) {}

  private static final Logger LOG = Logger.getLogger(WebhookReplay.class.getName());

  @Inject private WebhookEventRepository events;

  @Inject private NotificationQueue queue;

  @Inject private Clock clock;

  @Resource private SessionContext context;

  /** How many events a bulk replay of {@code filter} would send now (at most {@link #MAX_BULK}). */
  public int replayableCount(WebhookEventFilter filter) {
    return events.replayableIds(filter, MAX_BULK).size();
  }

  /**
   * Replays every FAILED, DEAD and UNMATCHED event matching {@code filter}, each in a transaction
   * of its own (one that cannot be replayed does not stop the others). Safe to repeat: processing
   * applies each effect once.
   *
   * @param confirmed how many the admin was shown and confirmed
   * @throws ReplayRefusedException when another number matches now: the admin confirms again
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public BulkReplay replayAll(WebhookEventFilter filter, int confirmed)
      throws ReplayRefusedException {
    List<Long> ids = events.replayableIds(filter, MAX_BULK);
    if (ids.size() != confirmed) {
      throw new ReplayRefusedException(
          Counted.of(ids.size(), "event")
              + " match now, not the "
              + confirmed
              + " confirmed: look at them again before replaying",
          true);
    }
    WebhookReplay self = context.getBusinessObject(WebhookReplay.class);
    int replayed = 0;
    int refused = 0;
    for (long id : ids) {
      try {
        self.replayOne(id);
        replayed++;
      } catch (ReplayRefusedException e) {
        refused++;
      }
    }
    LOG.info(
        "[PLATFORM] "
            + context.getCallerPrincipal().getName()
            + " replayed "
            + replayed
            + " webhook event(s) matching "
            + LogText.safe(filter)
            + (refused > 0 ? "; " + refused + " were settled meanwhile" : ""));
    return new BulkReplay(replayed, refused);
  }

  /** One event of a bulk replay, in its own transaction. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void replayOne(long eventId) throws ReplayRefusedException {
    send(eventId);
  }

  /**
   * @throws ReplayRefusedException when there is no such event, or it is not replayable
   */
  public WebhookEvent replay(long eventId) throws ReplayRefusedException {
    WebhookEvent event = send(eventId);
    LOG.info(
        "[PLATFORM] "
            + context.getCallerPrincipal().getName()
            + " replayed webhook event "
            + eventId
            + " ("
            + LogText.safe(event.getTopic())
            + ", item "
            + LogText.safe(event.getEbayItemId())
            + ")");
    return event;
  }

  private WebhookEvent send(long eventId) throws ReplayRefusedException {
    WebhookEvent event =
        events
            .find(eventId)
            .orElseThrow(() -> new ReplayRefusedException("No webhook event " + eventId, false));
    try {
      event.replay(context.getCallerPrincipal().getName(), clock.instant());
    } catch (IllegalStateException e) {
      throw new ReplayRefusedException(e.getMessage(), true);
    }
    queue.enqueue(
        new QueuedNotification(
            event.getNotificationId(),
            event.getRawPayload(),
            event.getSoapAction(),
            event.getReceivedAt(),
            event.isConfirmWithEbay(),
            event.getChannel()));
    return event;
  }
}
