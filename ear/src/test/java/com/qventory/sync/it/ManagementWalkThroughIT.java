package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.ManagementCli;
import com.qventory.sync.it.support.Notifications;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The management walk-through of docs/operations.md, command by command against the tests' server
 * with WildFly's own CLI, so that it stays true: the queues' figures, moving dead letters back, the
 * datasource's statistics, the deployment's state.
 */
@BlackBoxTest
class ManagementWalkThroughIT {

  private static final String QUEUES = ManagementCli.QUEUES;

  @Test
  void theQueuesShowTheirFiguresAndDeadLettersCanBeMovedBack() throws Exception {
    JsonObject before = cli(QUEUES + "PlatformNotifications:read-resource(include-runtime=true)");
    String itemId = Notifications.uniqueItemId();
    Notifications.pushAccepted(
        Notifications.signed("item-listed.xml", Map.of("ITEM_ID", itemId)), "ItemListed");
    Notifications.awaitSettled(itemId, 1);
    JsonObject queue = cli(QUEUES + "PlatformNotifications:read-resource(include-runtime=true)");

    assertEquals(32, queue.getInt("consumer-count"), "the MDB's consumers");
    assertTrue(
        queue.getJsonNumber("messages-added").longValue()
            > before.getJsonNumber("messages-added").longValue(),
        "the notification just acknowledged was added to the queue: " + before + " → " + queue);
    assertTrue(
        queue.get("message-count") instanceof JsonNumber
            && queue.get("delivering-count") instanceof JsonNumber,
        "its depth and what is in delivery, as numbers: " + queue);

    JsonObject dead = cli(QUEUES + "PlatformNotificationsDLQ:read-resource(include-runtime=true)");
    assertTrue(dead.get("message-count") instanceof JsonNumber, "the DLQ's depth: " + dead);
    ManagementCli.run(QUEUES + "PlatformNotificationsDLQ:list-messages");
    // The documented command, with a filter that matches nothing so the suite's queues stay as they
    // are: the operation exists on this queue and answers how many it moved.
    assertEquals(
        0,
        cliNumber(
            QUEUES
                + "PlatformNotificationsDLQ:move-messages(filter=\"qventoryChannel='none'\","
                + "other-queue-name=PlatformNotifications)"));
  }

  @Test
  void theDatasourceKeepsStatisticsAndTheDeploymentIsUp() throws Exception {
    JsonObject pool =
        cli(
            "/subsystem=datasources/data-source=QventoryDS/statistics=pool:read-resource"
                + "(include-runtime=true)");
    assertTrue(pool.getBoolean("statistics-enabled"), "statistics on: " + pool);
    assertTrue(
        pool.getJsonNumber("CreatedCount").longValue() > 0,
        "the application's connections are counted: " + pool);
    assertTrue(pool.getJsonNumber("ActiveCount").longValue() > 0, "pooled now: " + pool);
    assertTrue(pool.get("MaxWaitTime") instanceof JsonNumber, "the longest wait: " + pool);
    assertEquals("OK", cliString("/deployment=qventory.ear:read-attribute(name=status)"));
  }

  private static JsonObject cli(String operation) throws Exception {
    return ManagementCli.run(operation).getJsonObject("result");
  }

  private static long cliNumber(String operation) throws Exception {
    return ManagementCli.run(operation).getJsonNumber("result").longValue();
  }

  private static String cliString(String operation) throws Exception {
    return ManagementCli.run(operation).getString("result");
  }
}
