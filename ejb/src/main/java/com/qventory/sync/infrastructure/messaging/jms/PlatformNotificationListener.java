package com.qventory.sync.infrastructure.messaging.jms;

import com.qventory.sync.application.WebhookEventRecorder;
import com.qventory.sync.domain.webhook.PlatformNotification;
import com.qventory.sync.infrastructure.ebay.platform.MalformedNotificationException;
import com.qventory.sync.infrastructure.ebay.platform.PlatformNotificationReader;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Takes one notification off the queue, reads it and hands it to {@link WebhookEventRecorder}.
 * Failures are not swallowed: the transaction rolls back and Artemis redelivers with back-off, then
 * dead-letters (see {@code wildfly-config/}).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = JmsNames.PLATFORM_NOTIFICATIONS_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
@PermitAll
public class PlatformNotificationListener implements MessageListener {

  private static final Logger LOG = Logger.getLogger(PlatformNotificationListener.class.getName());

  @Inject private WebhookEventRecorder recorder;

  @Override
  public void onMessage(Message message) {
    try {
      if (!(message instanceof TextMessage text)) {
        throw new EJBException(
            "Expected a TextMessage on the notification queue, got "
                + message.getClass().getName());
      }
      String raw = text.getText();
      String soapAction = text.getStringProperty(JmsNames.PROPERTY_SOAP_ACTION);
      Instant receivedAt =
          Instant.ofEpochMilli(text.getLongProperty(JmsNames.PROPERTY_RECEIVED_AT));
      PlatformNotification notification;
      try {
        notification = PlatformNotificationReader.read(raw, soapAction);
      } catch (MalformedNotificationException e) {
        LOG.warning(
            "[PLATFORM] Unreadable notification "
                + message.getJMSMessageID()
                + ": "
                + e.getMessage());
        recorder.recordUnreadable(raw, receivedAt, e.getMessage());
        return;
      }
      recorder.record(notification, receivedAt);
    } catch (JMSException e) {
      throw new EJBException("Could not read message from the notification queue", e);
    }
  }
}
