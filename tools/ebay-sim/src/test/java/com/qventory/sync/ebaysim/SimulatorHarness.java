package com.qventory.sync.ebaysim;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A simulator on a free port and a fake application that records what it was pushed. */
final class SimulatorHarness implements AutoCloseable {

  static final Keyset KEYSET = new Keyset("dev-x", "app-x", "cert-x", "App-RuName");

  final EbaySimulator simulator;
  final HttpServer application;
  final List<String> received = new CopyOnWriteArrayList<>();
  final AtomicInteger failuresToAnswer = new AtomicInteger();
  final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  SimulatorHarness(Faults faults, int markDownAfter) throws IOException {
    // eBay's limits, changes showing in GetSellerEvents at once
    this(faults, markDownAfter, EbayLimits.STRICT.withFreshnessLag(Duration.ZERO));
  }

  SimulatorHarness(Faults faults, int markDownAfter, EbayLimits limits) throws IOException {
    application = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    application.createContext(
        "/webhook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          int status = failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
          if (status == 200 && exchange.getRequestMethod().equals("POST")) {
            received.add(new String(body, StandardCharsets.UTF_8));
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    application.start();
    simulator =
        EbaySimulator.start(
            new SimConfig(
                0,
                KEYSET,
                "http://localhost:1/callback",
                "http://localhost:1/declined",
                Duration.ofSeconds(7200),
                Duration.ofDays(540),
                3,
                Duration.ofMillis(50),
                markDownAfter,
                Duration.ofHours(1),
                faults,
                limits));
  }

  String webhook() {
    return "http://127.0.0.1:" + application.getAddress().getPort() + "/webhook";
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + simulator.port() + path);
  }

  HttpResponse<String> post(String path, String contentType, String body, String... headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> put(String path, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(url(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The delivery counters once they contain {@code expected} (bounded wait): the simulator counts a
   * delivery after the application's answer, a moment after the application has the body.
   */
  String awaitUsage(String expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String usage = get("/sim/api/usage").body();
    while (!usage.contains(expected) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      usage = get("/sim/api/usage").body();
    }
    return usage;
  }

  /** {@code ebayUser} lists an item through the seller console's JSON interface. */
  HttpResponse<String> list(String ebayUser, String json) throws Exception {
    return post("/sim/api/sellers/" + ebayUser + "/items", "application/json", json);
  }

  /** The item id of the first listing {@code ebayUser} has. */
  String firstItemId(String ebayUser) throws Exception {
    return get("/sim/api/sellers/" + ebayUser + "/items")
        .body()
        .replaceAll("^\\[\\{\"itemId\":\"(\\d+)\".*", "$1");
  }

  /** The Trading API, as the application calls it. */
  HttpResponse<String> trading(String call, String token, String body) throws Exception {
    return post(
        "/ws/api.dll",
        "text/xml",
        "<?xml version=\"1.0\"?><"
            + call
            + "Request xmlns=\"urn:ebay:apis:eBLBaseComponents\">"
            + body
            + "</"
            + call
            + "Request>",
        "X-EBAY-API-CALL-NAME",
        call,
        "X-EBAY-API-SITEID",
        "0",
        "X-EBAY-API-COMPATIBILITY-LEVEL",
        "1423",
        "X-EBAY-API-IAF-TOKEN",
        token == null ? "" : token);
  }

  /** Consent as {@code userId}, then the code exchanged for tokens: the access token. */
  String userToken(String userId) throws Exception {
    HttpResponse<String> consent =
        post(
            "/oauth2/authorize",
            "application/x-www-form-urlencoded",
            "userId=" + userId + "&state=s1&decision=approve");
    String location = consent.headers().firstValue("Location").orElseThrow();
    String code =
        URLDecoder.decode(
            location.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
    HttpResponse<String> token =
        post(
            "/identity/v1/oauth2/token",
            "application/x-www-form-urlencoded",
            "grant_type=authorization_code&code="
                + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&redirect_uri="
                + KEYSET.ruName(),
            "Authorization",
            basic(KEYSET.appId(), KEYSET.certId()));
    return token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Waits (bounded) until {@code count} notifications arrived. */
  List<String> awaitReceived(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (received.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return List.copyOf(received);
  }

  @Override
  public void close() {
    simulator.close();
    application.stop(0);
  }
}
