package com.qventory.sync.infrastructure.messaging.jms;

import com.qventory.sync.application.webhook.admin.QueueStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The embedded Artemis broker's own figures for a queue, read from its JMX management beans
 * (messaging.cli enables them): messages waiting and in delivery, consumers, messages added and
 * acknowledged since the broker started, and the age of the oldest message waiting.
 */
@ApplicationScoped
public class ArtemisQueueStatistics implements QueueStatistics {

  private static final Logger LOG = Logger.getLogger(ArtemisQueueStatistics.class.getName());

  @Override
  public Optional<QueueState> notifications() {
    return queue("PlatformNotifications");
  }

  @Override
  public Optional<QueueState> deadLetters() {
    return queue("PlatformNotificationsDLQ");
  }

  private static Optional<QueueState> queue(String name) {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    try {
      Set<ObjectName> found =
          server.queryNames(
              new ObjectName(
                  "org.apache.activemq.artemis:broker=*,component=addresses,address=\"jms.queue."
                      + name
                      + "\",subcomponent=queues,routing-type=*,queue=\"jms.queue."
                      + name
                      + "\""),
              null);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      ObjectName queue = found.iterator().next();
      Object age = server.getAttribute(queue, "FirstMessageAge");
      return Optional.of(
          new QueueState(
              name,
              number(server.getAttribute(queue, "MessageCount")),
              number(server.getAttribute(queue, "DeliveringCount")),
              number(server.getAttribute(queue, "ConsumerCount")),
              number(server.getAttribute(queue, "MessagesAdded")),
              number(server.getAttribute(queue, "MessagesAcknowledged")),
              age instanceof Number n && n.longValue() >= 0
                  ? Optional.of(n.longValue())
                  : Optional.empty()));
    } catch (JMException | RuntimeException e) {
      LOG.log(Level.FINE, "[PLATFORM] The broker's figures for " + name + " could not be read", e);
      return Optional.empty();
    }
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0;
  }
}
