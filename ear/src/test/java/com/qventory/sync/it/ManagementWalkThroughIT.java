package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.ManagementCli;
import jakarta.json.JsonObject;
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
    JsonObject queue = cli(QUEUES + "PlatformNotifications:read-resource(include-runtime=true)");
    assertEquals(32, queue.getInt("consumer-count"), "the MDB's consumers");
    assertTrue(queue.containsKey("message-count") && queue.containsKey("delivering-count"));

    JsonObject dead = cli(QUEUES + "PlatformNotificationsDLQ:read-resource(include-runtime=true)");
    assertTrue(dead.containsKey("message-count"), "the dead-letter queue's depth");
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
    assertTrue(pool.containsKey("ActiveCount") && pool.containsKey("MaxWaitTime"));
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
