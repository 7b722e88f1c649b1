package com.qventory.sync.ebaysim;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * eBay's OAuth: the consent page ({@code /oauth2/authorize}), which redirects to the URL behind the
 * RuName with a code and the state; and the token endpoint ({@code /identity/v1/oauth2/token}) with
 * the authorization_code, refresh_token and client_credentials grants.
 */
final class OAuthHandler {

  static final Duration CODE_LIFETIME = Duration.ofSeconds(299);

  private final SimConfig config;
  private final SimState state;

  OAuthHandler(SimConfig config, SimState state) {
    this.config = config;
    this.state = state;
  }

  void authorize(HttpExchange exchange) throws IOException {
    if (exchange.getRequestMethod().equals("POST")) {
      decide(exchange, Http.form(new String(Http.body(exchange), StandardCharsets.UTF_8)));
      return;
    }
    Map<String, String> query = Http.query(exchange);
    if (!config.keyset().appId().equals(query.get("client_id"))
        || !config.keyset().ruName().equals(query.get("redirect_uri"))
        || !"code".equals(query.get("response_type"))) {
      Http.send(
          exchange,
          400,
          "text/html; charset=utf-8",
          "<h1>Invalid request</h1><p>client_id, redirect_uri (the RuName) or response_type is wrong.</p>");
      return;
    }
    String state = Xml.escape(query.getOrDefault("state", ""));
    Http.send(
        exchange,
        200,
        "text/html; charset=utf-8",
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>eBay (simulated) — Grant access</title>"
            + "<style>body{font:15px system-ui;max-width:32rem;margin:3rem auto}input{padding:.4rem;width:100%}"
            + "button{padding:.5rem 1rem;margin-right:.5rem}</style></head><body>"
            + "<h1>eBay <small>(simulated)</small></h1>"
            + "<p><b>"
            + Xml.escape(config.keyset().appId())
            + "</b> asks to access your eBay account"
            + " (scopes: "
            + Xml.escape(query.getOrDefault("scope", ""))
            + ").</p>"
            + "<form method=\"post\" action=\"/oauth2/authorize\">"
            + "<label for=\"userId\">Sign in as eBay user</label>"
            + "<input id=\"userId\" name=\"userId\" value=\"demo_ebay_seller\" pattern=\"[A-Za-z0-9._-]{1,64}\" required>"
            + "<input type=\"hidden\" name=\"state\" value=\""
            + state
            + "\">"
            + "<p><button id=\"approve\" name=\"decision\" value=\"approve\">Agree</button>"
            + "<button id=\"decline\" name=\"decision\" value=\"decline\">Decline</button></p></form></body></html>");
  }

  private void decide(HttpExchange exchange, Map<String, String> form) throws IOException {
    String stateParameter =
        URLEncoder.encode(form.getOrDefault("state", ""), StandardCharsets.UTF_8);
    if (!"approve".equals(form.get("decision"))) {
      // eBay sends a declined consent to the RuName's "auth declined" URL, not the accepted one
      Http.redirect(exchange, config.ruNameDeclineUrl() + "?state=" + stateParameter);
      return;
    }
    String userId = form.getOrDefault("userId", "").strip();
    if (!userId.matches("[A-Za-z0-9._-]{1,64}")) {
      Http.send(exchange, 400, "text/plain; charset=utf-8", "An eBay user id, please");
      return;
    }
    String code;
    synchronized (this.state.lock) {
      this.state.seller(userId);
      code = "v^1.1#i^1#sim#" + this.state.token(24);
      this.state.codes.put(
          code, new SimState.AuthorizationCode(userId, this.state.now().plus(CODE_LIFETIME)));
    }
    Http.redirect(
        exchange,
        config.ruNameUrl()
            + "?code="
            + URLEncoder.encode(code, StandardCharsets.UTF_8)
            + "&state="
            + stateParameter
            + "&expires_in="
            + CODE_LIFETIME.toSeconds());
  }

  void token(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      error(exchange, 405, "invalid_request", "POST required");
      return;
    }
    String[] client = basic(exchange.getRequestHeaders().getFirst("Authorization"));
    if (client == null || !config.keyset().isClient(client[0], client[1])) {
      error(exchange, 401, "invalid_client", "client authentication failed");
      return;
    }
    Map<String, String> form = Http.form(new String(Http.body(exchange), StandardCharsets.UTF_8));
    String grant = form.getOrDefault("grant_type", "");
    String call = "oauth." + grant;
    synchronized (state.lock) {
      state.callsToday.merge(call, 1, Integer::sum); // counted when asked, before any latency
    }
    state.answerLate(call);
    synchronized (state.lock) {
      Instant now = state.now();
      switch (grant) {
        case "authorization_code" -> {
          SimState.AuthorizationCode code = state.codes.remove(form.getOrDefault("code", ""));
          if (code == null || code.expires().isBefore(now)) {
            error(
                exchange,
                400,
                "invalid_grant",
                "the provided authorization grant code is invalid or was issued to another client");
            return;
          }
          if (!config.keyset().ruName().equals(form.get("redirect_uri"))) {
            error(
                exchange,
                400,
                "invalid_grant",
                "the redirect_uri does not match the one used in the authorization request");
            return;
          }
          String refresh = "v^1.1#i^1#r^1#sim#" + state.token(32);
          state.refreshTokens.put(
              refresh,
              new SimState.RefreshToken(code.userId(), now.plus(config.refreshTokenLifetime())));
          Http.send(
              exchange,
              200,
              "application/json",
              accessToken(code.userId(), now, "User Access Token")
                  .add("refresh_token", refresh)
                  .add("refresh_token_expires_in", config.refreshTokenLifetime().toSeconds())
                  .build()
                  .toString());
        }
        case "refresh_token" -> {
          SimState.RefreshToken refresh =
              state.refreshTokens.get(form.getOrDefault("refresh_token", ""));
          if (refresh == null || refresh.expires().isBefore(now)) {
            error(
                exchange,
                400,
                "invalid_grant",
                "the provided refresh token is invalid or was issued to another client");
            return;
          }
          Http.send(
              exchange,
              200,
              "application/json",
              accessToken(refresh.userId(), now, "User Access Token").build().toString());
        }
        case "client_credentials" ->
            Http.send(
                exchange,
                200,
                "application/json",
                accessToken(null, now, "Application Access Token").build().toString());
        default ->
            error(
                exchange,
                400,
                "unsupported_grant_type",
                "grant_type " + grant + " is not supported");
      }
    }
  }

  private JsonObjectBuilder accessToken(String userId, Instant now, String type) {
    String token = "v^1.1#i^1#p^3#sim#" + state.token(32);
    state.accessTokens.put(
        token, new SimState.AccessToken(userId, now.plus(config.accessTokenLifetime())));
    return Json.createObjectBuilder()
        .add("access_token", token)
        .add("expires_in", config.accessTokenLifetime().toSeconds())
        .add("token_type", type);
  }

  private static String[] basic(String header) {
    if (header == null || !header.startsWith("Basic ")) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void error(HttpExchange exchange, int status, String error, String description)
      throws IOException {
    Http.send(
        exchange,
        status,
        "application/json",
        Json.createObjectBuilder()
            .add("error", error)
            .add("error_description", description)
            .build()
            .toString());
  }
}
