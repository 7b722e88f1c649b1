package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.StandaloneServer;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Production mode (the default) refuses what anybody can read in this repository — the run
 * command's demo keyset and admin password — and http URLs: a server started that way does not
 * deploy the application, and its log says why, every setting at once. A database kept from
 * development mode keeps nothing that production must not have: no admin with a published password,
 * no token bound to no row. (The suite's own server runs in development mode: it uses the fact
 * sheet's test keyset and the simulator over http.)
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

      server.awaitLogLine(
          "Production mode (qventory.mode) refuses to start", Duration.ofMinutes(3));
      String started = server.awaitLogLine("WFLYSRV0026", Duration.ofMinutes(2));
      String log = Files.readString(server.consoleLog());
      String refusal =
          log.substring(log.indexOf("Production mode (qventory.mode) refuses to start"));
      refusal = refusal.substring(0, refusal.indexOf("QVENTORY_MODE=development"));

      assertTrue(refusal.contains("refuses to start: 10 settings need fixing"), refusal);
      assertTrue(refusal.contains("EBAY_DEV_ID is a published demo value"), refusal);
      assertTrue(refusal.contains("EBAY_CERT_ID is a published demo value"), refusal);
      assertTrue(
          refusal.contains("QVENTORY_ADMIN_INITIAL_PASSWORD is a published password"), refusal);
      assertTrue(refusal.contains("WEBHOOK_BASE_URL must be an https URL"), refusal);
      assertTrue(refusal.contains("EBAY_API_BASE_URL must be an https URL"), refusal);
      assertTrue(refusal.contains("EBAY_VERIFICATION_TOKEN is a published demo value"), refusal);
      // the suite's environment, inherited: its RuName and token key are published too
      assertTrue(refusal.contains("EBAY_RU_NAME is not set (or is a demo value)"), refusal);
      assertTrue(refusal.contains("QVENTORY_SECURITY_TOKEN_KEY is a published key"), refusal);
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

  /** The token key both servers of the next test share (private to this test). */
  private static final String TOKEN_KEY =
      Base64.getEncoder()
          .encodeToString("production-mode-it-token-key-32b".getBytes(StandardCharsets.US_ASCII));

  /**
   * A database where development mode left an admin with the run command's password and a seller's
   * tokens stored before tokens were bound to their row: started in production mode, the server
   * gives that admin the configured initial password instead (the published one logs in no more),
   * and binds the tokens to where they are stored, once.
   */
  @Test
  void aDatabaseFromDevelopmentKeepsNoPublishedAdminPasswordAndNoUnboundTokenInProduction()
      throws Exception {
    String database = "production_mode_" + System.nanoTime();
    TestDatabase.update("CREATE DATABASE " + database);
    String url =
        System.getenv("POSTGRESQL_URL").replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.put("POSTGRESQL_URL", url);
    environment.put("QVENTORY_SECURITY_TOKEN_KEY", TOKEN_KEY);
    environment.put("QVENTORY_ADMIN_INITIAL_PASSWORD", "demo-admin-password");
    Path base = Path.of("target/production-mode-upgrade");
    try (StandaloneServer development = new StandaloneServer(base, PORT_OFFSET, environment)) {
      development.prepare();
      development.start();
    }
    long adminId;
    try (Connection db =
        DriverManager.getConnection(
            url, environment.get("POSTGRESQL_USER"), environment.get("POSTGRESQL_PASSWORD"))) {
      adminId = single(db, "SELECT id FROM app_user WHERE username = 'admin'");
      try (PreparedStatement account =
          db.prepareStatement(
              "INSERT INTO ebay_account (id, seller_id, ebay_user_id, status, connected_at,"
                  + " access_token_enc, access_token_expires_at, refresh_token_enc,"
                  + " refresh_token_expires_at) VALUES (nextval('ebay_account_seq'), ?,"
                  + " 'upgraded_seller', 'CONNECTED', now(), ?, now() + interval '1 day', ?,"
                  + " now() + interval '500 days')")) {
        account.setLong(1, adminId);
        account.setString(2, unbound("access-token-of-old"));
        account.setString(3, unbound("refresh-token-of-old"));
        account.executeUpdate();
      }
    }
    environment.putAll(
        Map.of(
            "QVENTORY_MODE", "production",
            "EBAY_DEV_ID", "prod-dev-id-for-production-mode-it",
            "EBAY_CLIENT_ID", "Shop-Qventory-PRD-production-mode-it",
            "EBAY_CERT_ID", "PRD-cert-for-production-mode-it",
            "WEBHOOK_BASE_URL", "https://sync.example.com",
            "EBAY_AUTH_BASE_URL", "https://auth.example.com",
            "EBAY_API_BASE_URL", "https://api.example.com",
            "EBAY_VERIFICATION_TOKEN", "production-mode-it-verification-token-0123",
            "QVENTORY_ADMIN_INITIAL_PASSWORD", "a new private admin passphrase"));
    environment.put("EBAY_RU_NAME", "Production_Mode-ProductionMo-PRD-it");
    try (StandaloneServer production = new StandaloneServer(base, PORT_OFFSET, environment)) {
      production.prepare();
      production.start();

      String retired =
          production.awaitLogLine(
              "[SECURITY] Production mode: admin 'admin'", Duration.ofSeconds(30));
      assertTrue(retired.contains("it now has the configured initial one"), retired);
      assertEquals(401, me(production, "demo-admin-password"), "the published password is gone");
      assertEquals(200, me(production, "a new private admin passphrase"));
      try (Connection db =
              DriverManager.getConnection(
                  url, environment.get("POSTGRESQL_USER"), environment.get("POSTGRESQL_PASSWORD"));
          Statement read = db.createStatement();
          ResultSet tokens =
              read.executeQuery(
                  "SELECT access_token_enc, refresh_token_enc FROM ebay_account"
                      + " WHERE ebay_user_id = 'upgraded_seller'")) {
        assertTrue(tokens.next());
        assertEquals(
            "access-token-of-old",
            openBound(
                tokens.getString(1), "ebay_account.seller_id=" + adminId + ";access_token_enc"));
        assertEquals(
            "refresh-token-of-old",
            openBound(
                tokens.getString(2), "ebay_account.seller_id=" + adminId + ";refresh_token_enc"));
      }
    } finally {
      TestDatabase.strings(
          "SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity WHERE datname = ?",
          database);
      TestDatabase.update("DROP DATABASE IF EXISTS " + database);
    }
  }

  private static int me(StandaloneServer server, String password) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(server.url().resolve("/api/v1/me"))
                // as the TLS-terminating proxy in front of it says (the suite trusts 127.0.0.1)
                .header("X-Forwarded-Proto", "https")
                .header("Authorization", WebClient.basic("admin", password))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static long single(Connection db, String sql) throws Exception {
    try (Statement statement = db.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      assertTrue(result.next(), sql);
      return result.getLong(1);
    }
  }

  /** A token as earlier versions stored it: AES-GCM under the key, bound to no row or column. */
  private static String unbound(String token) throws Exception {
    byte[] iv = new byte[12];
    new SecureRandom().nextBytes(iv);
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, iv));
    byte[] sealed = aes.doFinal(token.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder()
        .encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
  }

  /** A token as it is stored now: "v2:", opened only with the row and column it belongs to. */
  private static String openBound(String stored, String context) throws Exception {
    assertTrue(stored.startsWith("v2:"), "bound to where it is stored: " + stored);
    byte[] all = Base64.getDecoder().decode(stored.substring(3));
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, all, 0, 12));
    aes.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return new String(aes.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
  }

  private static SecretKeySpec key() {
    return new SecretKeySpec(Base64.getDecoder().decode(TOKEN_KEY), "AES");
  }
}
