package com.qventory.sync.infrastructure.ebay.trading;

import com.qventory.sync.domain.seller.EbayAccess;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.webhook.EbayKeyset;
import com.qventory.sync.infrastructure.ebay.EbayEndpoints;
import com.qventory.sync.infrastructure.ebay.EbayHttp;
import com.qventory.sync.infrastructure.ebay.PushSyncSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** eBay's OAuth over HTTP, and GetUser to tell whose a token is. */
@ApplicationScoped
public class HttpEbayAccess implements EbayAccess {

  @Inject private EbayEndpoints endpoints;

  @Inject private PushSyncSettings settings;

  @Inject private EbayHttp http;

  @Inject private TradingCalls trading;

  @Inject private Clock clock;

  @Override
  public String consentUrl(String state) {
    return endpoints.authorizeUrl()
        + "?client_id="
        + encode(keyset().appId())
        + "&redirect_uri="
        + encode(endpoints.ruName())
        + "&response_type=code"
        + "&scope="
        + encode(endpoints.scopes())
        + "&state="
        + encode(state);
  }

  @Override
  public Tokens exchangeCode(String code) throws EbayApiException {
    return tokens(
        "grant_type=authorization_code&code="
            + encode(code)
            + "&redirect_uri="
            + encode(endpoints.ruName()));
  }

  @Override
  public Tokens refresh(String refreshToken) throws EbayApiException {
    return tokens(
        "grant_type=refresh_token&refresh_token="
            + encode(refreshToken)
            + "&scope="
            + encode(endpoints.scopes()));
  }

  @Override
  public Tokens applicationToken() throws EbayApiException {
    return tokens(
        "grant_type=client_credentials&scope=" + encode("https://api.ebay.com/oauth/api_scope"));
  }

  @Override
  public EbayUser getUser(String accessToken) throws EbayApiException {
    TradingCalls.Answer answer = trading.call("GetUser", accessToken, "", TradingCalls.TIMEOUT);
    return new EbayUser(
        answer
            .text("User/UserID")
            .orElseThrow(() -> new EbayApiException("GetUser returned no UserID")),
        answer.text("User/EIASToken"));
  }

  private Tokens tokens(String form) throws EbayApiException {
    EbayKeyset keyset = keyset();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(endpoints.tokenUrl()))
                .timeout(TradingCalls.TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (keyset.appId() + ":" + keyset.certId())
                                    .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            "eBay's token endpoint");
    JsonObject json;
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      json = reader.readObject();
    } catch (RuntimeException e) {
      throw new EbayApiException(
          "eBay's token endpoint answered " + response.statusCode() + " without JSON");
    }
    if (response.statusCode() != 200) {
      throw new EbayApiException(
          "eBay refused the token request: "
              + json.getString("error", "?")
              + " ("
              + json.getString("error_description", "")
              + ")",
          json.getString("error", null));
    }
    Instant now = clock.instant();
    return new Tokens(
        json.getString("access_token"),
        now.plusSeconds(json.getJsonNumber("expires_in").longValue()),
        Optional.ofNullable(json.getString("refresh_token", null)),
        json.containsKey("refresh_token_expires_in")
            ? Optional.of(
                now.plusSeconds(json.getJsonNumber("refresh_token_expires_in").longValue()))
            : Optional.empty());
  }

  private EbayKeyset keyset() {
    return settings
        .keyset()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The eBay keyset is not configured: "
                        + String.join(", ", settings.missingSettings())));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
