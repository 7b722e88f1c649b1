package com.qventory.sync.infrastructure.messaging.jms;

import com.qventory.sync.infrastructure.ServerResources;

/**
 * The notification queue and the properties of the messages on it. The body is always the raw
 * notification text: small, explicit, never a serialized object.
 */
public final class JmsNames {

  public static final String PLATFORM_NOTIFICATIONS_QUEUE =
      ServerResources.PLATFORM_NOTIFICATIONS_QUEUE;

  public static final String PLATFORM_NOTIFICATIONS_DLQ =
      ServerResources.PLATFORM_NOTIFICATIONS_DLQ;

  public static final String INVENTORY_CHANGES_TOPIC = ServerResources.INVENTORY_CHANGES_TOPIC;

  /** Our id of the notification (a UUID), the same in the queue, the event log and replays. */
  public static final String PROPERTY_NOTIFICATION_ID = "qventoryNotificationId";

  public static final String PROPERTY_RECEIVED_AT = "qventoryReceivedAtMillis";

  public static final String PROPERTY_SOAP_ACTION = "qventorySoapAction";

  /** On a dead letter: why processing gave up. */
  public static final String PROPERTY_FAILURE = "qventoryFailure";

  /** Set (true) on a notification whose listing processing must ask eBay about. */
  public static final String PROPERTY_CONFIRM_WITH_EBAY = "qventoryConfirmWithEbay";

  /**
   * How eBay pushed it ({@code NotificationChannel}); absent on SOAP Platform Notifications, which
   * were the only kind before the JSON Notification API.
   */
  public static final String PROPERTY_CHANNEL = "qventoryChannel";

  /** Set by Artemis: how many times this message has been delivered (1 the first time). */
  public static final String PROPERTY_DELIVERY_COUNT = "JMSXDeliveryCount";

  private JmsNames() {}
}
