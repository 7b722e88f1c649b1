package com.qventory.sync.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.ebaysim.Keyset;
import com.qventory.sync.testing.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ProductionGuardTest {

  private static final Map<String, String> PRODUCTION =
      Map.of(
          "EBAY_DEV_ID", "a1b2c3d4-real-dev-id",
          "EBAY_CLIENT_ID", "Shop-Qventory-PRD-0123456789",
          "EBAY_CERT_ID", "PRD-0123456789abcdef",
          "qventory.admin.initial-password", "a long and private passphrase",
          "WEBHOOK_BASE_URL", "https://sync.example.com",
          "EBAY_AUTH_BASE_URL", "https://auth.ebay.com",
          "EBAY_API_BASE_URL", "https://api.ebay.com",
          "EBAY_VERIFICATION_TOKEN", "a-private-verification-token_0123456789");

  @Test
  void realValuesOverHttpsPass() {
    assertEquals(List.of(), ProductionGuard.problems(lookup(PRODUCTION)));
  }

  @Test
  void theRunCommandsDemoKeysetAndPasswordAreRefused() {
    Map<String, String> demo = new HashMap<>(PRODUCTION);
    demo.put("EBAY_DEV_ID", Keyset.DEMO.devId());
    demo.put("EBAY_CLIENT_ID", Keyset.DEMO.appId());
    demo.put("EBAY_CERT_ID", Keyset.DEMO.certId());
    demo.put("qventory.admin.initial-password", "demo-admin-password");

    List<String> problems = ProductionGuard.problems(lookup(demo));

    assertEquals(4, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("EBAY_DEV_ID is a published demo value"));
  }

  @Test
  void theTestSuitesAdminPasswordAndTokenKeyAndTheBrokersOldPasswordAreRefused() {
    Map<String, String> published = new HashMap<>(PRODUCTION);
    published.put("qventory.admin.initial-password", "it-admin-password-1");
    published.put("QVENTORY_SECURITY_TOKEN_KEY", "dGVzdC1rZXktZm9yLWludGVncmF0aW9uLXRlc3RzMzI=");
    published.put("QVENTORY_BROKER_PASSWORD", "qventory-broker");

    assertEquals(
        List.of(
            "QVENTORY_ADMIN_INITIAL_PASSWORD is a published password",
            "QVENTORY_SECURITY_TOKEN_KEY is a published key",
            "QVENTORY_BROKER_PASSWORD is a published password: whoever reaches the broker could"
                + " put notifications on the queue"),
        ProductionGuard.problems(lookup(published)));
  }

  @Test
  void theFactSheetsTestVectorKeysetIsRefused() {
    Map<String, String> vector = new HashMap<>(PRODUCTION);
    vector.putAll(Fixtures.TEST_KEYSET);

    assertEquals(3, ProductionGuard.problems(lookup(vector)).size());
  }

  @Test
  void anHttpUrlOrTheSimulatorsDefaultIsRefused() {
    Map<String, String> http = new HashMap<>(PRODUCTION);
    http.put("WEBHOOK_BASE_URL", "http://sync.example.com");
    http.remove("EBAY_API_BASE_URL"); // the default is the simulator's http://localhost:8089

    assertEquals(
        List.of(
            "WEBHOOK_BASE_URL must be an https URL (is http://sync.example.com)",
            "EBAY_API_BASE_URL must be an https URL (is http://localhost:8089)"),
        ProductionGuard.problems(lookup(http)));
  }

  @Test
  void aMissingOrDemoVerificationTokenIsRefused() {
    Map<String, String> missing = new HashMap<>(PRODUCTION);
    missing.remove("EBAY_VERIFICATION_TOKEN");
    Map<String, String> demo = new HashMap<>(PRODUCTION);
    demo.put("ebay.verification.token", "demo-verification-token-0123456789abcdef");

    assertTrue(
        ProductionGuard.problems(lookup(missing))
            .get(0)
            .startsWith("EBAY_VERIFICATION_TOKEN is not set"));
    assertEquals(
        List.of("EBAY_VERIFICATION_TOKEN is a published demo value"),
        ProductionGuard.problems(lookup(demo)));
  }

  private static Function<String, Optional<String>> lookup(Map<String, String> settings) {
    return name -> Optional.ofNullable(settings.get(name));
  }
}
