package com.qventory.sync.application.webhook;

import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Sends a DEAD, FAILED or UNMATCHED notification through processing again, once its cause is fixed.
 * The event keeps its id and history; the queue gets the stored payload in the same transaction
 * that sets it back to RECEIVED.
 */
@Stateless
@RolesAllowed("admin")
public class WebhookReplay {

  private static final Logger LOG = Logger.getLogger(WebhookReplay.class.getName());

  @Inject private WebhookEventRepository events;

  @Inject private NotificationQueue queue;

  @Resource private EJBContext context;

  /**
   * @throws ReplayRefusedException when there is no such event, or it is not replayable
   */
  public WebhookEvent replay(long eventId) throws ReplayRefusedException {
    WebhookEvent event =
        events
            .find(eventId)
            .orElseThrow(() -> new ReplayRefusedException("No webhook event " + eventId, false));
    try {
      event.replay();
    } catch (IllegalStateException e) {
      throw new ReplayRefusedException(e.getMessage(), true);
    }
    queue.enqueue(
        event.getNotificationId(),
        event.getRawPayload(),
        event.getSoapAction(),
        event.getReceivedAt(),
        event.isConfirmWithEbay(),
        event.getChannel());
    LOG.info(
        "[PLATFORM] "
            + context.getCallerPrincipal().getName()
            + " replayed webhook event "
            + eventId
            + " ("
            + event.getTopic()
            + ", item "
            + event.getEbayItemId()
            + ")");
    return event;
  }
}
