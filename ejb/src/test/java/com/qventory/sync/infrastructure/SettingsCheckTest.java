package com.qventory.sync.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.application.CheckedSettings;
import com.qventory.sync.application.identity.AdminBootstrap;
import com.qventory.sync.ebaysim.Keyset;
import com.qventory.sync.infrastructure.ebay.EbayEndpoints;
import com.qventory.sync.infrastructure.ebay.PushSyncSettings;
import com.qventory.sync.infrastructure.ebay.notification.ConfiguredNotificationApiSettings;
import com.qventory.sync.infrastructure.security.TokenCipher;
import com.qventory.sync.testing.Fields;
import com.qventory.sync.testing.Fixtures;
import com.qventory.sync.testing.MapConfig;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every setting's rule, gathered into the one message a refused start gives. */
class SettingsCheckTest {

  private static final Map<String, String> PRODUCTION =
      Map.ofEntries(
          Map.entry("EBAY_DEV_ID", "a1b2c3d4-real-dev-id"),
          Map.entry("EBAY_CLIENT_ID", "Shop-Qventory-PRD-0123456789"),
          Map.entry("EBAY_CERT_ID", "PRD-0123456789abcdef"),
          Map.entry("QVENTORY_ADMIN_INITIAL_PASSWORD", "a long and private passphrase"),
          Map.entry("WEBHOOK_BASE_URL", "https://sync.example.com"),
          Map.entry("EBAY_AUTH_BASE_URL", "https://auth.ebay.com"),
          Map.entry("EBAY_API_BASE_URL", "https://api.ebay.com"),
          Map.entry("EBAY_RU_NAME", "Shop_Owner-ShopQven-PRD-abcdefgh"),
          Map.entry("EBAY_VERIFICATION_TOKEN", "a-private-verification-token_0123456789"),
          Map.entry("QVENTORY_SECURITY_TOKEN_KEY", "cHJpdmF0ZS1rZXktb2YtdGhpcy1pbnN0YWxsYXRpb24="),
          Map.entry("POSTGRESQL_URL", "jdbc:postgresql://db.internal:5432/qventory"),
          Map.entry("POSTGRESQL_PASSWORD", "a database password"));

  @Test
  void realValuesOverHttpsPass() {
    assertEquals(List.of(), problems(PRODUCTION, true));
  }

  @Test
  void anEmptyProductionEnvironmentIsRefusedWithEverySettingItLacksAtOnce() {
    List<String> problems = problems(Map.of(), true);

    assertEquals(
        List.of(
            "EBAY_API_BASE_URL must be an https URL",
            "EBAY_AUTH_BASE_URL must be an https URL",
            "EBAY_DEV_ID, EBAY_CLIENT_ID, EBAY_CERT_ID (or EBAY_CLIENT_SECRET) not set",
            "EBAY_RU_NAME is not set",
            "EBAY_VERIFICATION_TOKEN is not set",
            "POSTGRESQL_PASSWORD is not set",
            "POSTGRESQL_URL is not set",
            "QVENTORY_SECURITY_TOKEN_KEY is not set",
            "WEBHOOK_BASE_URL must be an https URL"),
        problems.stream()
            .sorted()
            .map(
                problem ->
                    problem.replaceFirst(" not set.*", " not set").replaceFirst(" \\(is .*", ""))
            .toList());
    String message = SettingsCheck.message(true, problems);
    assertTrue(message.startsWith("Production mode (qventory.mode) refuses to start: 9 settings"));
    assertTrue(message.contains("\n  - POSTGRESQL_PASSWORD is not set"), message);
  }

  @Test
  void theRunCommandsDemoKeysetPasswordAndRuNameAreRefused() {
    Map<String, String> demo = new HashMap<>(PRODUCTION);
    demo.put("EBAY_DEV_ID", Keyset.DEMO.devId());
    demo.put("EBAY_CLIENT_ID", Keyset.DEMO.appId());
    demo.put("EBAY_CERT_ID", Keyset.DEMO.certId());
    demo.put("QVENTORY_ADMIN_INITIAL_PASSWORD", "demo-admin-password");
    demo.put("EBAY_RU_NAME", "Qventory_Demo-RuName");

    assertEquals(
        List.of(
            "EBAY_CERT_ID is a published demo value",
            "EBAY_CLIENT_ID is a published demo value",
            "EBAY_DEV_ID is a published demo value",
            "EBAY_RU_NAME is not set (or is a demo value)",
            "QVENTORY_ADMIN_INITIAL_PASSWORD is a published password"),
        problems(demo, true).stream().map(p -> p.replaceFirst(":.*", "")).sorted().toList());
  }

  @Test
  void theTestSuitesAdminPasswordAndTokenKeyAndTheBrokersOldPasswordAreRefused() {
    Map<String, String> published = new HashMap<>(PRODUCTION);
    published.put("QVENTORY_ADMIN_INITIAL_PASSWORD", "it-admin-password-1");
    published.put("QVENTORY_SECURITY_TOKEN_KEY", "dGVzdC1rZXktZm9yLWludGVncmF0aW9uLXRlc3RzMzI=");
    published.put("QVENTORY_BROKER_PASSWORD", "qventory-broker");

    assertEquals(
        List.of(
            "QVENTORY_ADMIN_INITIAL_PASSWORD is a published password",
            "QVENTORY_BROKER_PASSWORD is a published password: whoever reaches the broker could"
                + " put notifications on the queue",
            "QVENTORY_SECURITY_TOKEN_KEY is a published key"),
        problems(published, true).stream().sorted().toList());
  }

  @Test
  void theFactSheetsTestVectorKeysetIsRefused() {
    Map<String, String> vector = new HashMap<>(PRODUCTION);
    vector.putAll(Fixtures.TEST_KEYSET);

    assertEquals(3, problems(vector, true).size());
  }

  @Test
  void malformedValuesStopEvenADevelopmentStartAndAllAreNamed() {
    Map<String, String> malformed = new HashMap<>();
    malformed.put("EBAY_VERIFICATION_TOKEN", "short");
    malformed.put("QVENTORY_SECURITY_TOKEN_KEY", "c2hvcnQ=");
    malformed.put("QVENTORY_ADMIN_INITIAL_PASSWORD", "short");
    malformed.put("EBAY_CERT_ID", "one");
    malformed.put("EBAY_CLIENT_SECRET", "another");

    List<String> problems = problems(malformed, false);

    assertEquals(4, problems.size(), problems.toString());
    assertTrue(
        problems.contains("QVENTORY_SECURITY_TOKEN_KEY must be Base64 of 32 bytes, not of 5"));
    assertTrue(
        SettingsCheck.message(false, problems)
            .startsWith("Qventory Sync cannot start: 4 settings need fixing"));
  }

  @Test
  void anExplicitNotificationEndpointMustBeHttpsInProduction() {
    Map<String, String> http = new HashMap<>(PRODUCTION);
    http.put("EBAY_NOTIFICATION_ENDPOINT", "http://sync.example.com/webhooks/ebay");

    assertEquals(
        List.of(
            "EBAY_NOTIFICATION_ENDPOINT must be an https URL (is"
                + " http://sync.example.com/webhooks/ebay)"),
        problems(http, true));
  }

  @Test
  void aConfiguredKeyStoreMustOpenWithItsPasswordAndHoldAKey(@TempDir Path directory)
      throws Exception {
    Path store = directory.resolve("tls.p12");
    KeyStore empty = KeyStore.getInstance("PKCS12");
    empty.load(null, null);
    try (OutputStream out = Files.newOutputStream(store)) {
      empty.store(out, "secret".toCharArray());
    }
    Map<String, String> tls = new HashMap<>(PRODUCTION);
    tls.put("QVENTORY_TLS_KEYSTORE", directory.resolve("missing.p12").toString());
    assertTrue(problems(tls, false).get(0).startsWith("QVENTORY_TLS_KEYSTORE names no readable"));
    tls.put("QVENTORY_TLS_KEYSTORE", store.toString());
    tls.put("QVENTORY_TLS_KEYSTORE_PASSWORD", "wrong");
    assertTrue(
        problems(tls, false).get(0).contains("cannot be opened"), problems(tls, false)::toString);
    tls.put("QVENTORY_TLS_KEYSTORE_PASSWORD", "secret");
    assertEquals(
        List.of("QVENTORY_TLS_KEYSTORE holds no private key (" + store + ")"),
        problems(tls, false));
  }

  /** The application's settings beans as the server would inject them from {@code env}. */
  private static List<String> problems(Map<String, String> env, boolean production) {
    TokenCipher cipher = new TokenCipher();
    Fields.set(cipher, "configuredKey", optional(env, "QVENTORY_SECURITY_TOKEN_KEY"));
    Fields.set(cipher, "mode", production ? "production" : "development");
    ConfiguredNotificationApiSettings api = new ConfiguredNotificationApiSettings();
    Fields.set(api, "verificationToken", optional(env, "EBAY_VERIFICATION_TOKEN"));
    Fields.set(api, "endpoint", optional(env, "EBAY_NOTIFICATION_ENDPOINT"));
    EbayEndpoints endpoints = new EbayEndpoints();
    Fields.set(
        endpoints, "authBaseUrl", env.getOrDefault("EBAY_AUTH_BASE_URL", EbayEndpoints.SIMULATOR));
    Fields.set(
        endpoints, "apiBaseUrl", env.getOrDefault("EBAY_API_BASE_URL", EbayEndpoints.SIMULATOR));
    Fields.set(endpoints, "ruName", env.getOrDefault("EBAY_RU_NAME", "Qventory_Demo-RuName"));
    Fields.set(
        endpoints,
        "webhookBaseUrl",
        env.getOrDefault("WEBHOOK_BASE_URL", EbayEndpoints.LOCAL_SERVER));
    PushSyncSettings push = new PushSyncSettings();
    Fields.set(push, "config", new MapConfig(env));
    Fields.set(push, "maxAttempts", 5);
    Fields.set(push, "batchSize", 32);
    Fields.set(push, "appliers", 2);
    AdminBootstrap admin = new AdminBootstrap();
    Fields.set(admin, "initialPassword", optional(env, "QVENTORY_ADMIN_INITIAL_PASSWORD"));
    List<CheckedSettings> settings = List.of(cipher, api, endpoints, push, admin);
    return SettingsCheck.problems(settings, name -> optional(env, name), production);
  }

  private static Optional<String> optional(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name));
  }
}
