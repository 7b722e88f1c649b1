package com.qventory.sync.infrastructure.messaging.jms;

import com.qventory.sync.application.webhook.NotificationQueue;
import com.qventory.sync.application.webhook.QueuedNotification;
import com.qventory.sync.domain.webhook.NotificationChannel;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

/**
 * Puts raw notifications on the durable queue (or, given up on, on its dead-letter queue). A send
 * joins the caller's JTA transaction when there is one (replay: the event's new state and the
 * message commit together). Without one (the webhook), the send is a blocking durable send on a
 * non-transacted session: the pooled connection factory blocks on durable sends and the broker
 * answers only after syncing its journal (block-on-durable-send and journal-sync-non-transactional,
 * both pinned in wildfly-config/messaging.cli), so a returned call is a message that survives a
 * crash.
 */
@Stateless
@PermitAll
public class PlatformNotificationQueue implements NotificationQueue {

  @Inject private JMSContext jms;

  @Resource(lookup = JmsNames.PLATFORM_NOTIFICATIONS_QUEUE)
  private Queue queue;

  @Resource(lookup = JmsNames.PLATFORM_NOTIFICATIONS_DLQ)
  private Queue deadLetters;

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void enqueue(QueuedNotification notification) {
    send(queue, message(notification));
  }

  @Override
  public void deadLetter(QueuedNotification notification, String failure) {
    TextMessage message = message(notification);
    try {
      message.setStringProperty(JmsNames.PROPERTY_FAILURE, failure);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
    send(deadLetters, message);
  }

  private TextMessage message(QueuedNotification notification) {
    TextMessage message = jms.createTextMessage(notification.rawPayload());
    try {
      message.setStringProperty(
          JmsNames.PROPERTY_NOTIFICATION_ID, notification.notificationId().toString());
      message.setLongProperty(
          JmsNames.PROPERTY_RECEIVED_AT, notification.receivedAt().toEpochMilli());
      if (notification.soapAction() != null) {
        message.setStringProperty(JmsNames.PROPERTY_SOAP_ACTION, notification.soapAction());
      }
      if (notification.confirmWithEbay()) {
        message.setBooleanProperty(JmsNames.PROPERTY_CONFIRM_WITH_EBAY, true);
      }
      if (notification.channel() != NotificationChannel.PLATFORM) {
        message.setStringProperty(JmsNames.PROPERTY_CHANNEL, notification.channel().name());
      }
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
    return message;
  }

  private void send(Queue destination, TextMessage message) {
    jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(destination, message);
  }
}
