package com.qventory.sync.application.webhook.processing;

import com.qventory.sync.application.inventory.EbayAnswers;
import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.NotificationChannel;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import java.time.Instant;

/**
 * What differs between eBay's channels in processing a notification: how its event row starts, how
 * its body is read and what applying it does. The event row's lifecycle — open it, stop if it is
 * settled, settle it and record the attempt, or record a failure — is the {@link EventLog}'s, the
 * same for every channel.
 */
public interface ChannelHandler {

  NotificationChannel channel();

  /** Its event row, from what can be told without reading the body. */
  WebhookEvent newEvent(InboundNotification inbound, Instant now);

  /** Describes {@code event} from the body when the body can be read; leaves it as it is if not. */
  void describeIfReadable(WebhookEvent event, InboundNotification inbound);

  /**
   * Applies one notification, in the caller's transaction, through the {@link EventLog}.
   *
   * @return what became of it
   * @throws MalformedNotificationException when it cannot be read: it never will be, and goes to
   *     DEAD at once
   * @throws EbayAnswers.Needed when applying it needs eBay's word first
   */
  WebhookEventStatus process(InboundNotification inbound, EbayAnswers answers)
      throws MalformedNotificationException;
}
