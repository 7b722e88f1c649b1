package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Production mode (the default) refuses what anybody can read in this repository — the run
 * command's demo keyset and admin password — and http URLs: a server started that way does not
 * deploy the application, and its log says why. (The suite's own server runs in development mode:
 * it uses the fact sheet's test keyset and the simulator over http.)
 */
class ProductionModeIT {

  private static final int PORT_OFFSET = 400;

  @Test
  void productionModeRefusesTheDemoValuesAndHttpUrlsAndSaysWhich() throws Exception {
    try (StandaloneServer server =
        new StandaloneServer(
            Path.of("target/production-mode"),
            PORT_OFFSET,
            Map.of(
                "QVENTORY_MODE", "production",
                "EBAY_DEV_ID", "demo-dev-id",
                "EBAY_CLIENT_ID", "Qventory-Demo-SBX-demo",
                "EBAY_CERT_ID", "demo-cert-id",
                "QVENTORY_ADMIN_INITIAL_PASSWORD", "demo-admin-password",
                "WEBHOOK_BASE_URL", "http://sync.example.com",
                "EBAY_VERIFICATION_TOKEN", "demo-verification-token-0123456789abcdef",
                // No database is needed to refuse: nothing of the suite's is touched.
                "POSTGRESQL_URL", "jdbc:postgresql://localhost:1/none"))) {
      server.prepare();
      server.launch();

      String refusal =
          server.awaitLogLine(
              "Production mode (qventory.mode) refuses to start", Duration.ofMinutes(3));
      String started = server.awaitLogLine("WFLYSRV0026", Duration.ofMinutes(2));

      assertTrue(refusal.contains("EBAY_DEV_ID is a published demo value"), refusal);
      assertTrue(refusal.contains("EBAY_CERT_ID is a published demo value"), refusal);
      assertTrue(refusal.contains("QVENTORY_ADMIN_INITIAL_PASSWORD is the demo password"), refusal);
      assertTrue(refusal.contains("WEBHOOK_BASE_URL must be an https URL"), refusal);
      assertTrue(refusal.contains("EBAY_API_BASE_URL must be an https URL"), refusal);
      assertTrue(refusal.contains("EBAY_VERIFICATION_TOKEN is a published demo value"), refusal);
      assertTrue(started.contains("started (with errors)"), "the deployment failed: " + started);
      assertNotEquals(
          200,
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(server.url().resolve("/webhooks/platform/health")).build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode(),
          "no webhook is served");
    }
  }
}
