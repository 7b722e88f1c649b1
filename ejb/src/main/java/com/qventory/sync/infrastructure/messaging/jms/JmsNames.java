package com.qventory.sync.infrastructure.messaging.jms;

import com.qventory.sync.infrastructure.ServerResources;

/** The notification queue and the properties of the messages on it. */
public final class JmsNames {

  public static final String PLATFORM_NOTIFICATIONS_QUEUE =
      ServerResources.PLATFORM_NOTIFICATIONS_QUEUE;

  /** Message properties; the body is always the raw notification text. */
  public static final String PROPERTY_RECEIVED_AT = "qventoryReceivedAtMillis";

  public static final String PROPERTY_SOAP_ACTION = "qventorySoapAction";

  private JmsNames() {}
}
