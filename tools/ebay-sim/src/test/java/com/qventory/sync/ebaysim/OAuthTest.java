package com.qventory.sync.ebaysim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuthTest {

  private final SimulatorHarness sim;

  OAuthTest() throws Exception {
    sim = new SimulatorHarness(Faults.NONE, 1000);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void theConsentPageIsShownOnlyForOurClientAndRuName() throws Exception {
    HttpResponse<String> page =
        sim.get(
            "/oauth2/authorize?client_id=app-x&redirect_uri=App-RuName&response_type=code&scope=s&state=abc");
    HttpResponse<String> wrong =
        sim.get("/oauth2/authorize?client_id=someone&redirect_uri=App-RuName&response_type=code");

    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("name=\"state\" value=\"abc\""));
    assertEquals(400, wrong.statusCode());
  }

  @Test
  void approvalRedirectsWithACodeAndTheStateAndDeclineWithAnError() throws Exception {
    HttpResponse<String> approved =
        sim.post(
            "/oauth2/authorize",
            "application/x-www-form-urlencoded",
            "userId=alice_ebay&state=xyz&decision=approve");
    HttpResponse<String> declined =
        sim.post(
            "/oauth2/authorize",
            "application/x-www-form-urlencoded",
            "userId=alice_ebay&state=xyz&decision=decline");

    assertEquals(302, approved.statusCode());
    String location = approved.headers().firstValue("Location").orElseThrow();
    assertTrue(location.startsWith("http://localhost:1/callback?code="), location);
    assertTrue(location.contains("&state=xyz"));
    assertEquals(
        "http://localhost:1/declined?state=xyz",
        declined.headers().firstValue("Location").orElseThrow(),
        "a declined consent goes to the RuName's decline URL");
  }

  @Test
  void aCodeBuysTokensOnceAndTheRefreshTokenBuysMore() throws Exception {
    HttpResponse<String> consent =
        sim.post(
            "/oauth2/authorize",
            "application/x-www-form-urlencoded",
            "userId=alice_ebay&state=1&decision=approve");
    String code =
        consent.headers().firstValue("Location").orElseThrow().replaceAll(".*code=([^&]+).*", "$1");
    String exchange = "grant_type=authorization_code&code=" + code + "&redirect_uri=App-RuName";
    String basic = SimulatorHarness.basic("app-x", "cert-x");

    HttpResponse<String> tokens =
        sim.post(
            "/identity/v1/oauth2/token",
            "application/x-www-form-urlencoded",
            exchange,
            "Authorization",
            basic);
    HttpResponse<String> reused =
        sim.post(
            "/identity/v1/oauth2/token",
            "application/x-www-form-urlencoded",
            exchange,
            "Authorization",
            basic);

    assertEquals(200, tokens.statusCode(), tokens.body());
    assertTrue(tokens.body().contains("\"expires_in\":7200"));
    assertTrue(tokens.body().contains("\"refresh_token_expires_in\":46656000"));
    assertEquals(400, reused.statusCode());
    assertTrue(reused.body().contains("invalid_grant"));
    String refresh = tokens.body().replaceAll(".*\"refresh_token\":\"([^\"]+)\".*", "$1");
    HttpResponse<String> refreshed =
        sim.post(
            "/identity/v1/oauth2/token",
            "application/x-www-form-urlencoded",
            "grant_type=refresh_token&refresh_token="
                + URLEncoder.encode(refresh, StandardCharsets.UTF_8),
            "Authorization",
            basic);
    assertEquals(200, refreshed.statusCode(), refreshed.body());
    assertTrue(refreshed.body().contains("access_token"));
  }

  @Test
  void aWrongClientSecretIsInvalidClientAndApplicationTokensNeedNoUser() throws Exception {
    HttpResponse<String> wrong =
        sim.post(
            "/identity/v1/oauth2/token",
            "application/x-www-form-urlencoded",
            "grant_type=client_credentials",
            "Authorization",
            SimulatorHarness.basic("app-x", "nope"));
    HttpResponse<String> app =
        sim.post(
            "/identity/v1/oauth2/token",
            "application/x-www-form-urlencoded",
            "grant_type=client_credentials",
            "Authorization",
            SimulatorHarness.basic("app-x", "cert-x"));

    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.body().contains("invalid_client"));
    assertEquals(200, app.statusCode());
    assertTrue(app.body().contains("Application Access Token"));
  }
}
