package com.qventory.sync.infrastructure.messaging.jms;

import com.qventory.sync.application.inventory.InventoryChanges;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's subscription to the {@code InventoryChanges} topic: every change committed on another
 * node reaches the pages open on this one (its own changes it told them at once). Non-durable: a
 * node that was down has no pages open to tell.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = JmsNames.INVENTORY_CHANGES_TOPIC),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(
          propertyName = "subscriptionDurability",
          propertyValue = "NonDurable"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
    })
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InventoryChangeListener implements MessageListener {

  private static final Logger LOG = Logger.getLogger(InventoryChangeListener.class.getName());

  @Inject private InventoryChanges changes;

  @Override
  public void onMessage(Message message) {
    try {
      if (!InventoryChangeTopic.own(message)) {
        changes.deliver(InventoryChangeTopic.change(message));
      }
    } catch (JMSException e) {
      LOG.log(Level.WARNING, "[SYNC] Not an inventory change; dropped", e);
    }
  }
}
