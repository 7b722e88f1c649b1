package com.qventory.sync.infrastructure.messaging.jms;

import com.qventory.sync.application.inventory.ChangeAnnouncements;
import com.qventory.sync.application.inventory.InventoryChanges;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Announces committed inventory changes on the {@code InventoryChanges} topic, which every node
 * reads ({@link InventoryChangeListener}) and passes on unless it announced them itself.
 * Non-persistent: a live update is worth nothing once the moment has passed, and the page shows the
 * committed state when it loads. Sent from another thread, outside any transaction: the committing
 * thread has finished its transaction and must not wait for the broker.
 */
@Stateless
@Local(ChangeAnnouncements.class)
@LocalBean // its own view too, for the asynchronous send through itself
@PermitAll
public class InventoryChangeTopic implements ChangeAnnouncements {

  static final String USERNAME = "qventorySeller";
  static final String ITEM_ID = "qventoryItemId";
  static final String EVENT = "qventoryEvent";
  static final String IMPORTED = "qventoryImported";
  static final String ORIGIN = "qventoryOrigin";

  /**
   * This node, as its announcements name it: a node's own pages were told already (and a node's
   * non-durable subscription may not exist yet in the first seconds after deployment).
   */
  static final String NODE = UUID.randomUUID().toString();

  private static final Logger LOG = Logger.getLogger(InventoryChangeTopic.class.getName());

  @Inject private JMSContext jms;

  @Resource(lookup = JmsNames.INVENTORY_CHANGES_TOPIC)
  private Topic topic;

  @EJB private InventoryChangeTopic self;

  @Override
  public void announce(InventoryChanges.Change change) {
    self.send(change);
  }

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void send(InventoryChanges.Change change) {
    try {
      Message message = jms.createMessage();
      message.setStringProperty(USERNAME, change.sellerUsername());
      message.setLongProperty(ITEM_ID, change.itemId());
      message.setStringProperty(EVENT, change.eventName());
      message.setBooleanProperty(IMPORTED, change.imported());
      message.setStringProperty(ORIGIN, NODE);
      jms.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(topic, message);
    } catch (JMSException | JMSRuntimeException e) {
      // The broker cannot take it: this node's pages heard of it; the others' show it on reload.
      LOG.log(Level.FINE, "[SYNC] Live update not announced to the other nodes", e);
    }
  }

  /** Whether a topic message is this node's own announcement. */
  static boolean own(Message message) throws JMSException {
    return NODE.equals(message.getStringProperty(ORIGIN));
  }

  /** The change a topic message carries. */
  static InventoryChanges.Change change(Message message) throws JMSException {
    return new InventoryChanges.Change(
        message.getStringProperty(USERNAME),
        message.getLongProperty(ITEM_ID),
        message.getStringProperty(EVENT),
        message.getBooleanProperty(IMPORTED));
  }
}
