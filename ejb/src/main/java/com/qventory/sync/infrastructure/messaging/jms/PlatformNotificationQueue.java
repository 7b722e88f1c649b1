package com.qventory.sync.infrastructure.messaging.jms;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Instant;

/**
 * Puts a raw notification on the durable queue. The send joins the caller's JTA transaction, so
 * when the transaction has committed the message is in Artemis' journal.
 */
@Stateless
@PermitAll
public class PlatformNotificationQueue {

  @Inject private JMSContext jms;

  @Resource(lookup = JmsNames.PLATFORM_NOTIFICATIONS_QUEUE)
  private Queue queue;

  public void enqueue(String rawPayload, String soapAction, Instant receivedAt) {
    TextMessage message = jms.createTextMessage(rawPayload);
    try {
      message.setLongProperty(JmsNames.PROPERTY_RECEIVED_AT, receivedAt.toEpochMilli());
      if (soapAction != null) {
        message.setStringProperty(JmsNames.PROPERTY_SOAP_ACTION, soapAction);
      }
    } catch (jakarta.jms.JMSException e) {
      throw new jakarta.jms.JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
    }
    jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(queue, message);
  }
}
