package com.qventory.sync.infrastructure.messaging.jms;

import com.qventory.sync.application.webhook.NotificationQueue;
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
import java.time.Instant;
import java.util.UUID;

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
  public void enqueue(
      UUID notificationId,
      String rawPayload,
      String soapAction,
      Instant receivedAt,
      boolean confirmWithEbay,
      NotificationChannel channel) {
    send(
        queue,
        message(notificationId, rawPayload, soapAction, receivedAt, confirmWithEbay, channel));
  }

  @Override
  public void deadLetter(
      UUID notificationId,
      String rawPayload,
      String soapAction,
      Instant receivedAt,
      boolean confirmWithEbay,
      NotificationChannel channel,
      String failure) {
    TextMessage message =
        message(notificationId, rawPayload, soapAction, receivedAt, confirmWithEbay, channel);
    try {
      message.setStringProperty(JmsNames.PROPERTY_FAILURE, failure);
    } catch (JMSException e) {
      throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
    send(deadLetters, message);
  }

  private TextMessage message(
      UUID notificationId,
      String rawPayload,
      String soapAction,
      Instant receivedAt,
      boolean confirmWithEbay,
      NotificationChannel channel) {
    TextMessage message = jms.createTextMessage(rawPayload);
    try {
      message.setStringProperty(JmsNames.PROPERTY_NOTIFICATION_ID, notificationId.toString());
      message.setLongProperty(JmsNames.PROPERTY_RECEIVED_AT, receivedAt.toEpochMilli());
      if (soapAction != null) {
        message.setStringProperty(JmsNames.PROPERTY_SOAP_ACTION, soapAction);
      }
      if (confirmWithEbay) {
        message.setBooleanProperty(JmsNames.PROPERTY_CONFIRM_WITH_EBAY, true);
      }
      if (channel != NotificationChannel.PLATFORM) {
        message.setStringProperty(JmsNames.PROPERTY_CHANNEL, channel.name());
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
