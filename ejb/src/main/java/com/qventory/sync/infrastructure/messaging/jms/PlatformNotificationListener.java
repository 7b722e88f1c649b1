package com.qventory.sync.infrastructure.messaging.jms;

import com.qventory.sync.application.Failures;
import com.qventory.sync.application.webhook.QueuedNotification;
import com.qventory.sync.application.webhook.processing.EventLog;
import com.qventory.sync.application.webhook.processing.InboundNotification;
import com.qventory.sync.application.webhook.processing.NotificationBatches;
import com.qventory.sync.domain.webhook.NotificationChannel;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.UUID;

/**
 * Takes one notification off the queue and hands it to {@link NotificationBatches}, which applies
 * it — alone or with others that arrived together — in a transaction that commits the effect and
 * the event-log row together, and returns once that has committed.
 *
 * <p>The delivery itself is not transactional (no two-phase commit of JMS and JDBC per message):
 * the message is acknowledged after processing commits. A crash in between redelivers it, and the
 * event's settled status makes that redelivery a no-op. A failed attempt is recorded and the
 * message redelivered with back-off; the last allowed attempt — or the first, when the notification
 * can never be applied (its body cannot be read) — moves it to the dead-letter queue as DEAD. When
 * even the failure cannot be recorded (the database is down), the message is simply redelivered:
 * nothing is lost, and no attempt is counted against it in the event log.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = JmsNames.PLATFORM_NOTIFICATIONS_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      // Sessions waiting for their batch to commit cost little; more of them make larger batches.
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "32")
    })
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformNotificationListener implements MessageListener {

  @Inject private NotificationBatches batches;

  @Inject private EventLog eventLog;

  @Override
  public void onMessage(Message message) {
    InboundNotification inbound = unpack(message);
    try {
      batches.process(inbound);
    } catch (Exception e) {
      if (Failures.databaseUnavailable(e)) {
        // Not this notification's failure: it must not count toward DEAD. Artemis redelivers with
        // back-off (messaging.cli) until the database answers again.
        throw new EJBException("The database is unavailable; redelivering", e);
      }
      WebhookEventStatus recorded =
          eventLog.recordFailure(
              inbound,
              new EventLog.Failure(Failures.rootCauseMessage(e), Failures.neverSucceeds(e)));
      if (recorded == WebhookEventStatus.FAILED) {
        throw new EJBException("Attempt " + inbound.delivery() + " failed; redelivering", e);
      }
      // DEAD: on the dead-letter queue now; acknowledging this delivery ends its retries.
    }
  }

  private static NotificationChannel channel(String property) {
    return property == null ? NotificationChannel.PLATFORM : NotificationChannel.valueOf(property);
  }

  private static InboundNotification unpack(Message message) {
    try {
      if (!(message instanceof TextMessage text)) {
        throw new EJBException(
            "Expected a TextMessage on the notification queue, got "
                + message.getClass().getName());
      }
      return new InboundNotification(
          new QueuedNotification(
              UUID.fromString(text.getStringProperty(JmsNames.PROPERTY_NOTIFICATION_ID)),
              text.getText(),
              text.getStringProperty(JmsNames.PROPERTY_SOAP_ACTION),
              Instant.ofEpochMilli(text.getLongProperty(JmsNames.PROPERTY_RECEIVED_AT)),
              text.getBooleanProperty(JmsNames.PROPERTY_CONFIRM_WITH_EBAY),
              channel(text.getStringProperty(JmsNames.PROPERTY_CHANNEL))),
          Math.max(1, text.getIntProperty(JmsNames.PROPERTY_DELIVERY_COUNT)),
          Instant.now());
    } catch (JMSException e) {
      throw new EJBException("Could not read a message from the notification queue", e);
    }
  }
}
