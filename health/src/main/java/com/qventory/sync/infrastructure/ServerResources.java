package com.qventory.sync.infrastructure;

/** JNDI names of the server resources that {@code wildfly-config/} declares for the application. */
public final class ServerResources {

  /** The PostgreSQL datasource (datasource.cli). */
  public static final String DATASOURCE = "java:jboss/datasources/QventoryDS";

  /** Durable queue between the SOAP endpoint and the processing MDBs (messaging.cli). */
  public static final String PLATFORM_NOTIFICATIONS_QUEUE =
      "java:/jms/queue/qventory/PlatformNotifications";

  /** Where Artemis moves a notification after {@code max-delivery-attempts} failed deliveries. */
  public static final String PLATFORM_NOTIFICATIONS_DLQ =
      "java:/jms/queue/qventory/PlatformNotificationsDLQ";

  /** Non-durable topic every node subscribes to: committed inventory changes (messaging.cli). */
  public static final String INVENTORY_CHANGES_TOPIC = "java:/jms/topic/qventory/InventoryChanges";

  /** The broker's in-VM, non-XA connection factory (standalone-full). */
  public static final String IN_VM_CONNECTION_FACTORY = "java:/ConnectionFactory";

  private ServerResources() {}
}
