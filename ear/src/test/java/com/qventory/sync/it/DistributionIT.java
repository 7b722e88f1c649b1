package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.devstack.Await;
import com.qventory.sync.domain.webhook.EbayKeyset;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.SelfSignedCertificate;
import com.qventory.sync.it.support.StandaloneServer;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import com.qventory.sync.testing.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What ships, as an operator uses it: the distribution archive unpacked into an empty directory and
 * started with {@code bin/qventory} in production mode, WildFly terminating TLS, against a database
 * it did not create; and the install command run against a pristine WildFly 39 from Maven Central.
 */
class DistributionIT {

  private static final Path WORK = Path.of("target", "distribution-it").toAbsolutePath();

  /** This test's own keyset: production mode refuses the published ones. */
  private static final EbayKeyset KEYSET =
      new EbayKeyset("dist-it-dev-id", "Shop-Qventory-PRD-dist-it", "PRD-dist-it-cert");

  private static final List<Integer> PORTS =
      Arrays.stream(System.getProperty("qventory.it.dist.ports").split(","))
          .map(Integer::valueOf)
          .toList();

  private static String database;

  @BeforeAll
  static void aDatabaseTheDistributionDidNotCreate() throws Exception {
    StandaloneServer.deleteRecursively(WORK);
    Files.createDirectories(WORK);
    database = "distribution_" + System.nanoTime();
    TestDatabase.update("CREATE DATABASE " + database);
  }

  @AfterAll
  static void dropTheDatabase() throws Exception {
    TestDatabase.strings(
        "SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity WHERE datname = ?", database);
    TestDatabase.update("DROP DATABASE IF EXISTS " + database);
  }

  @Test
  void theArchiveStartsInProductionWithTlsOnceEverySettingIsThere() throws Exception {
    Path home = unpack(Path.of(System.getProperty("qventory.distribution")), WORK.resolve("dist"));
    SelfSignedCertificate certificate = SelfSignedCertificate.make(WORK.resolve("tls"));
    URI https = URI.create("https://localhost:" + PORTS.get(1));
    Map<String, String> settings = productionSettings(https, certificate);
    Map<String, String> lacking = new LinkedHashMap<>(settings);
    lacking.remove("QVENTORY_SECURITY_TOKEN_KEY");
    lacking.remove("EBAY_RU_NAME");

    writeEnvironment(home, lacking);
    Result refused = qventory(home, "start");

    assertEquals(1, refused.exit(), refused.output());
    assertTrue(refused.output().contains("2 settings need fixing"), refused.output());
    assertTrue(
        refused.output().contains("QVENTORY_SECURITY_TOKEN_KEY is not set"), refused.output());
    assertTrue(refused.output().contains("EBAY_RU_NAME is not set"), refused.output());
    assertEquals(3, qventory(home, "status").exit(), "a refused start leaves nothing running");

    writeEnvironment(home, settings);
    try {
      Result started = qventory(home, "start");
      assertEquals(0, started.exit(), started.output());

      HttpClient client = HttpClient.newBuilder().sslContext(certificate.trustingIt()).build();
      HttpResponse<String> health =
          client.send(
              HttpRequest.newBuilder(https.resolve("/webhooks/platform/health")).build(),
              HttpResponse.BodyHandlers.ofString());
      String notification =
          Fixtures.signedWith(
              KEYSET,
              "item-listed.xml",
              Map.of(
                  "ITEM_ID",
                  Notifications.uniqueItemId(),
                  "TIMESTAMP",
                  Notifications.ebayTime(Instant.now())));
      HttpResponse<String> acknowledged =
          client.send(
              HttpRequest.newBuilder(https.resolve("/webhooks/ebay-platform"))
                  .header("Content-Type", "text/xml; charset=\"utf-8\"")
                  .header("SOAPAction", "\"https://developer.ebay.com/notification/ItemListed\"")
                  .POST(HttpRequest.BodyPublishers.ofString(notification))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> logIn =
          client.send(
              HttpRequest.newBuilder(https.resolve("/login.xhtml")).build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + PORTS.get(0) + "/login.xhtml?next=1"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertEquals(200, health.statusCode(), health.body());
      assertTrue(health.body().contains("\"status\":\"healthy\""), health.body());
      assertEquals(200, acknowledged.statusCode(), acknowledged.body());
      assertTrue(acknowledged.body().contains("<Ack>Success</Ack>"), acknowledged.body());
      assertEquals(200, logIn.statusCode(), "pages are served over https");
      assertTrue(logIn.body().contains("j_security_check"), logIn.body());
      assertTrue(
          logIn.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS over https");
      assertEquals(308, page.statusCode(), "pages over plain http are sent to https");
      assertEquals(
          Optional.of(https + "/login.xhtml?next=1"), page.headers().firstValue("Location"));
      assertEquals(0, qventory(home, "status").exit());

      Result admin =
          run(
              List.of(home.resolve("bin/qventory").toString(), "set-admin-password", "dist-admin"),
              Map.of(),
              "the first admin's private passphrase\n");
      HttpResponse<String> me =
          client.send(
              HttpRequest.newBuilder(https.resolve("/api/v1/me"))
                  .header(
                      "Authorization",
                      WebClient.basic("dist-admin", "the first admin's private passphrase"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(0, admin.exit(), admin.output());
      assertEquals(200, me.statusCode(), me.body());
      assertTrue(me.body().contains("admin"), me.body());
    } finally {
      Result stopped = qventory(home, "stop");
      assertEquals(0, stopped.exit(), stopped.output());
    }
    assertEquals(3, qventory(home, "status").exit());
  }

  @Test
  void theInstallCommandConfiguresAPristineWildFlyThatThenStarts() throws Exception {
    Path home = unpack(Path.of(System.getProperty("qventory.distribution")), WORK.resolve("kit"));
    Path wildfly = unpack(Path.of(System.getProperty("qventory.wildfly-dist")), WORK.resolve("wf"));
    Path configuration = wildfly.resolve("standalone/configuration/qventory.xml");

    Result first =
        run(
            List.of(home.resolve("bin/install-into-wildfly").toString(), wildfly.toString()),
            Map.of());
    String once = Files.readString(configuration);
    Result second =
        run(
            List.of(home.resolve("bin/install-into-wildfly").toString(), wildfly.toString()),
            Map.of());

    assertEquals(0, first.exit(), first.output());
    assertEquals(0, second.exit(), second.output());
    assertEquals(once, Files.readString(configuration), "installing twice gives the same result");
    assertTrue(once.contains("QventoryDS") && once.contains("qventory-cached-realm"), once);

    Map<String, String> environment = new LinkedHashMap<>(System.getenv());
    environment.put("JBOSS_HOME", wildfly.toString());
    Process server =
        new ProcessBuilder(
                List.of(
                    "bash",
                    wildfly.resolve("bin/standalone.sh").toString(),
                    "-c",
                    "qventory.xml",
                    "-Djboss.http.port=" + PORTS.get(0),
                    "-Djboss.https.port=" + PORTS.get(1),
                    "-Djboss.management.http.port=" + PORTS.get(2),
                    "-Djboss.management.https.port=" + PORTS.get(3)))
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve("installed-wildfly.log").toFile())
            .start();
    try {
      URI health = URI.create("http://localhost:" + PORTS.get(0) + "/webhooks/platform/health");
      Optional<Integer> up =
          Await.until(
              Duration.ofMinutes(4),
              () -> {
                try {
                  int status =
                      HttpClient.newHttpClient()
                          .send(
                              HttpRequest.newBuilder(health).build(),
                              HttpResponse.BodyHandlers.discarding())
                          .statusCode();
                  return status == 200 ? Optional.of(status) : Optional.empty();
                } catch (IOException notYet) {
                  return Optional.empty();
                }
              });
      assertEquals(Optional.of(200), up, "see " + WORK.resolve("installed-wildfly.log"));
    } finally {
      server.descendants().forEach(ProcessHandle::destroy);
      server.destroy();
      server.waitFor(60, TimeUnit.SECONDS);
    }
  }

  private static Map<String, String> productionSettings(
      URI https, SelfSignedCertificate certificate) {
    String url =
        System.getenv("POSTGRESQL_URL").replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("WEBHOOK_BASE_URL", https.toString());
    settings.put("QVENTORY_HTTP_PORT", PORTS.get(0).toString());
    settings.put("QVENTORY_HTTPS_PORT", PORTS.get(1).toString());
    settings.put("QVENTORY_MANAGEMENT_PORT", PORTS.get(2).toString());
    settings.put("QVENTORY_MANAGEMENT_HTTPS_PORT", PORTS.get(3).toString());
    settings.put("QVENTORY_BIND_ADDRESS", "127.0.0.1");
    settings.put("QVENTORY_HEAP", "512m");
    settings.put("QVENTORY_TLS_KEYSTORE", certificate.keyStore().toAbsolutePath().toString());
    settings.put("QVENTORY_TLS_KEYSTORE_PASSWORD", SelfSignedCertificate.PASSWORD);
    settings.put("POSTGRESQL_URL", url);
    settings.put("POSTGRESQL_USER", System.getenv("POSTGRESQL_USER"));
    settings.put("POSTGRESQL_PASSWORD", System.getenv("POSTGRESQL_PASSWORD"));
    settings.put("EBAY_DEV_ID", KEYSET.devId());
    settings.put("EBAY_CLIENT_ID", KEYSET.appId());
    settings.put("EBAY_CERT_ID", KEYSET.certId());
    settings.put("EBAY_RU_NAME", "Dist_It-DistIt-PRD-abcdefgh");
    settings.put("EBAY_VERIFICATION_TOKEN", "distribution-it-verification-token-0123456");
    settings.put("EBAY_AUTH_BASE_URL", "https://auth.example.com");
    settings.put("EBAY_API_BASE_URL", "https://api.example.com");
    settings.put("QVENTORY_SECURITY_TOKEN_KEY", "ZGlzdHJpYnV0aW9uLWl0LXRva2VuLWtleS0zMi1ieXQ=");
    return settings;
  }

  private static void writeEnvironment(Path home, Map<String, String> settings) throws IOException {
    StringBuilder file = new StringBuilder("# written by DistributionIT\n");
    settings.forEach((name, value) -> file.append(name).append("='").append(value).append("'\n"));
    Files.writeString(home.resolve("etc/qventory.env"), file);
  }

  private record Result(int exit, String output) {}

  /** {@code bin/qventory command} with nothing of the test's own environment but the basics. */
  private static Result qventory(Path home, String command) throws Exception {
    return run(List.of(home.resolve("bin/qventory").toString(), command), Map.of());
  }

  private static Result run(List<String> command, Map<String, String> more) throws Exception {
    return run(command, more, "");
  }

  /** {@code command} with {@code input} on its standard input. */
  private static Result run(List<String> command, Map<String, String> more, String input)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.clear();
    for (String kept : List.of("PATH", "HOME", "JAVA_HOME", "LANG")) {
      Optional.ofNullable(System.getenv(kept)).ifPresent(value -> environment.put(kept, value));
    }
    environment.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
    environment.putAll(more);
    Process process = builder.start();
    process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(6, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(command + " did not end: " + output);
    }
    return new Result(process.exitValue(), output);
  }

  /** Unpacks {@code archive} into the empty directory {@code into}: its one top directory. */
  private static Path unpack(Path archive, Path into) throws Exception {
    Files.createDirectories(into);
    Result tar = run(List.of("tar", "xzf", archive.toString(), "-C", into.toString()), Map.of());
    assertEquals(0, tar.exit(), tar.output());
    List<Path> top = new ArrayList<>();
    try (var entries = Files.list(into)) {
      entries.forEach(top::add);
    }
    assertEquals(1, top.size(), top.toString());
    return top.get(0);
  }
}
