package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Json;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GET /webhooks/platform/health and MicroProfile Health on the management interface. */
@BlackBoxTest
class PlatformHealthIT {

  @Test
  void healthyIsExactlyTheDocumentedContract() throws Exception {
    HttpResponse<String> response =
        WebClient.plainGet(QventoryServer.url("/webhooks/platform/health"));

    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonObject health = Json.parse(response.body());
    assertEquals(Set.of("status", "service", "timestamp"), health.keySet());
    assertEquals("healthy", health.getString("status"));
    assertEquals("platform_webhooks", health.getString("service"));
    Instant timestamp = Instant.parse(health.getString("timestamp"));
    assertTrue(
        Duration.between(timestamp, Instant.now()).abs().toMinutes() < 5, "timestamp is now");
  }

  @Test
  void managementReadinessAndLivenessCarryTheApplicationsChecks() throws Exception {
    JsonObject ready =
        Json.parse(WebClient.plainGet(QventoryServer.MANAGEMENT.resolve("health/ready")).body());
    JsonObject live =
        Json.parse(WebClient.plainGet(QventoryServer.MANAGEMENT.resolve("health/live")).body());

    assertEquals("UP", ready.getString("status"));
    assertEquals(
        "UP", Json.healthCheck(ready, "qventory-database").orElseThrow().getString("status"));
    assertEquals(
        "UP", Json.healthCheck(ready, "qventory-broker").orElseThrow().getString("status"));
    assertEquals("UP", Json.healthCheck(live, "qventory-broker").orElseThrow().getString("status"));
    assertEquals(
        Optional.empty(),
        Json.healthCheck(live, "qventory-database"),
        "a database outage must not make the orchestrator restart a healthy server");
  }

  @Test
  void theManagementInterfaceServesMetricsOfTheApplicationsDatasourceAndQueue() throws Exception {
    HttpResponse<String> metrics = WebClient.plainGet(QventoryServer.MANAGEMENT.resolve("metrics"));

    assertEquals(200, metrics.statusCode());
    // WildFly's own metrics, as its Micrometer registry labels them (observability.cli)
    assertTrue(
        metrics.body().contains("name=\"QventoryDS\",subdeployment=\"\",type=\"data-source\""),
        "datasource pool metrics");
    assertTrue(
        metrics
            .body()
            .contains("name=\"PlatformNotifications\",subdeployment=\"\",type=\"jms-queue\""),
        "queue metrics");
  }

  @Test
  void aDatabaseOutageIsReportedByBothAndRecoveryClearsIt() throws Exception {
    assumeTrue(TestDatabase.isEmbedded(), "only the tests' own database may be taken away");
    TestDatabase.refuseConnections(true);
    try {
      // Probes are reused for a second (PlatformHealth.REUSED_FOR): the outage shows within it.
      HttpResponse<String> response =
          TestDatabase.await(
                  Duration.ofSeconds(10),
                  () -> {
                    HttpResponse<String> now =
                        WebClient.plainGet(QventoryServer.url("/webhooks/platform/health"));
                    return now.statusCode() == 503 ? Optional.of(now) : Optional.empty();
                  })
              .orElseThrow(() -> new AssertionError("the outage never showed"));
      JsonObject health = Json.parse(response.body());

      assertEquals(503, response.statusCode());
      assertEquals("unhealthy", health.getString("status"));
      assertEquals("platform_webhooks", health.getString("service"));
      JsonObject checks = health.getJsonObject("checks");
      assertEquals("DOWN", checks.getJsonObject("database").getString("status"));
      assertEquals("UP", checks.getJsonObject("broker").getString("status"));

      HttpResponse<String> ready =
          WebClient.plainGet(QventoryServer.MANAGEMENT.resolve("health/ready"));
      assertEquals(503, ready.statusCode());
      assertEquals(
          "DOWN",
          Json.healthCheck(Json.parse(ready.body()), "qventory-database")
              .orElseThrow()
              .getString("status"));
    } finally {
      TestDatabase.refuseConnections(false);
    }

    Optional<Integer> recovered =
        TestDatabase.await(
            Duration.ofSeconds(30),
            () -> {
              int status =
                  WebClient.plainGet(QventoryServer.url("/webhooks/platform/health")).statusCode();
              return status == 200 ? Optional.of(status) : Optional.empty();
            });
    assertEquals(Optional.of(200), recovered, "healthy again once the database is back");
  }
}
