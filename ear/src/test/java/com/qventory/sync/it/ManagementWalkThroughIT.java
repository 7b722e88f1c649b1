package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's management walk-through (Operations), command by command against the tests' server
 * with WildFly's own CLI, so that it stays true: the queues' figures, moving dead letters back, the
 * datasource's statistics, the deployment's state.
 */
@ExtendWith(ArquillianExtension.class)
class ManagementWalkThroughIT {

  private static final String QUEUES = "/subsystem=messaging-activemq/server=default/jms-queue=";

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return QventoryServer.ear();
  }

  @Test
  void theQueuesShowTheirFiguresAndDeadLettersCanBeMovedBack() throws Exception {
    JsonObject queue = cli(QUEUES + "PlatformNotifications:read-resource(include-runtime=true)");
    assertEquals(32, queue.getInt("consumer-count"), "the MDB's consumers");
    assertTrue(queue.containsKey("message-count") && queue.containsKey("delivering-count"));

    JsonObject dead = cli(QUEUES + "PlatformNotificationsDLQ:read-resource(include-runtime=true)");
    assertTrue(dead.containsKey("message-count"), "the dead-letter queue's depth");
    run(QUEUES + "PlatformNotificationsDLQ:list-messages");
    // The README's command, with a filter that matches nothing so the suite's queues stay as they
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
    return run(operation).getJsonObject("result");
  }

  private static long cliNumber(String operation) throws Exception {
    return run(operation).getJsonNumber("result").longValue();
  }

  private static String cliString(String operation) throws Exception {
    return run(operation).getString("result");
  }

  /** One operation through {@code jboss-cli.sh}, as an operator would type it, read as JSON. */
  private static JsonObject run(String operation) throws IOException, InterruptedException {
    Path cli = Path.of(System.getProperty("jboss.home"), "bin", "jboss-cli.sh");
    Process process =
        new ProcessBuilder(
                List.of(
                    cli.toString(),
                    "--connect",
                    "--controller="
                        + QventoryServer.MANAGEMENT.getHost()
                        + ":"
                        + QventoryServer.MANAGEMENT.getPort(),
                    "--output-json",
                    "--command=" + operation))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI ended");
    int start = output.indexOf('{');
    assertTrue(start >= 0, operation + " answered: " + output);
    JsonObject answer = Json.parse(output.substring(start));
    assertEquals("success", answer.getString("outcome"), operation + " answered: " + output);
    return answer;
  }
}
