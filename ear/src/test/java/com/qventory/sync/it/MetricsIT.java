package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Metrics;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.TestDatabase;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Operators scrape WildFly's metrics endpoint (management interface, Prometheus format): after a
 * processed notification and a forged one, the application's counters and histograms say so, next
 * to WildFly's own (the notification queue's depth among them).
 */
@BlackBoxTest
class MetricsIT {

  private static final String PROCESSED =
      "qventory_notifications_total{WF_DEPLOYMENT=\"qventory.ear\",channel=\"platform\",status=\"PROCESSED\",topic=\"PLATFORM_ItemListed\"}";
  private static final String BAD_SIGNATURE =
      "qventory_webhook_refusals_total{WF_DEPLOYMENT=\"qventory.ear\",reason=\"BAD_SIGNATURE\"}";
  private static final String ACKNOWLEDGED = Metrics.ACKNOWLEDGED;
  private static final String PROCESSING =
      "qventory_notification_processing_seconds_count{WF_DEPLOYMENT=\"qventory.ear\",channel=\"platform\"}";

  @Test
  void countersAndLatenciesFollowWhatTheWebhookDid() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    String before = Metrics.scrape(QventoryServer.MANAGEMENT);

    String itemId = Notifications.listedFor(seller, "item-listed.xml");
    Notifications.awaitSettled(itemId, 1);
    Notifications.push(
        Notifications.signed("item-listed.xml", Map.of("ITEM_ID", Notifications.uniqueItemId()))
            .replaceAll("NotificationSignature>[^<]+<", "NotificationSignature>forged+AAAAAAAA==<"),
        "ItemListed");

    // counted once the outcome committed: wait for the scrape to show it
    Optional<String> after =
        TestDatabase.await(
            Notifications.PIPELINE_TIMEOUT,
            () -> {
              String now = Metrics.scrape(QventoryServer.MANAGEMENT);
              return Metrics.value(now, PROCESSED) >= Metrics.value(before, PROCESSED) + 1
                  ? Optional.of(now)
                  : Optional.empty();
            });
    assertTrue(after.isPresent(), "the processed notification was never counted");
    String metrics = after.get();
    assertEquals(
        Metrics.value(before, PROCESSED) + 1, Metrics.value(metrics, PROCESSED), PROCESSED);
    assertEquals(
        Metrics.value(before, BAD_SIGNATURE) + 1,
        Metrics.value(metrics, BAD_SIGNATURE),
        BAD_SIGNATURE);
    assertTrue(
        Metrics.value(metrics, ACKNOWLEDGED) >= Metrics.value(before, ACKNOWLEDGED) + 1,
        ACKNOWLEDGED);
    assertTrue(
        Metrics.value(metrics, PROCESSING) >= Metrics.value(before, PROCESSING) + 1, PROCESSING);
    String inf =
        "qventory_notification_processing_histogram_total{WF_DEPLOYMENT=\"qventory.ear\",channel=\"platform\",le=\"+Inf\"}";
    assertEquals(
        Metrics.value(metrics, PROCESSING) - Metrics.value(before, PROCESSING),
        Metrics.value(metrics, inf) - Metrics.value(before, inf),
        "every processing time falls in the +Inf bucket: a histogram histogram_quantile reads: "
            + metrics.lines().filter(l -> l.contains("processing_histogram")).toList());
    assertTrue(
        metrics.contains(
            "qventory_notification_acknowledgement_histogram_total{WF_DEPLOYMENT=\"qventory.ear\",channel=\"platform\",le=\"0.005\"}"),
        "buckets for the acknowledgement latency too");
    assertTrue(
        metrics.contains(
            "messaging_activemq_message_count{app=\"wildfly\",deployment=\"\",name=\"PlatformNotifications\",subdeployment=\"\",type=\"jms-queue\"}"),
        "the queue's depth, from WildFly's own metrics");
  }
}
