package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-up, log-in, roles and the API's Basic authentication, against the Elytron JDBC realm. */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

  private static final String PASSWORD = "a long enough passphrase";

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return QventoryServer.ear();
  }

  @Test
  void aSellerSignsUpIsLoggedInAtOnceAndThePasswordIsStoredOnlyAsBcrypt() throws Exception {
    String username = Sellers.newUsername();
    WebClient browser = new WebClient();

    HttpResponse<String> landing = signUp(browser, username, PASSWORD, PASSWORD);

    assertEquals(200, landing.statusCode());
    assertTrue(
        landing.uri().getPath().endsWith("/seller/dashboard.xhtml"), landing.uri().toString());
    assertTrue(
        landing.body().contains("<span class=\"who\">" + username + "</span>"), landing.body());
    assertTrue(landing.body().contains("<h1>Your day</h1>"), "the dashboard is the landing page");
    String stored =
        TestDatabase.queryString("SELECT password_hash FROM app_user WHERE username = ?", username)
            .orElseThrow();
    assertTrue(stored.startsWith("$2a$"), "bcrypt in modular-crypt form");
    assertFalse(stored.contains(PASSWORD));
    assertEquals(
        "seller",
        TestDatabase.queryString(
                "SELECT r.role FROM app_user_role r JOIN app_user u ON u.id = r.user_id WHERE u.username = ?",
                username)
            .orElseThrow());
  }

  @Test
  void pagesForbidFramingSniffingAndForeignScriptsAndAskForHttps() throws Exception {
    HttpResponse<String> login = new WebClient().get("/signup.xhtml");

    assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
    assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("same-origin", login.headers().firstValue("Referrer-Policy").orElse(""));
    String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertTrue(policy.contains("default-src 'self'"), policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
    assertTrue(
        login.headers().firstValue("Strict-Transport-Security").isEmpty(),
        "HSTS only when the public URL is https (the tests' is http://localhost:8180)");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSignUpGivesANewSessionId() throws Exception {
    WebClient browser = new WebClient();
    HttpResponse<String> form = browser.get("/signup.xhtml");
    String cookie =
        form.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie: " + form.headers()));
    String before = browser.cookieHeader();

    browser.submitFacesForm(
        form,
        "signup",
        "submit",
        Map.of("username", Sellers.newUsername(), "password", PASSWORD, "confirmation", PASSWORD));

    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    assertFalse(cookie.contains("Secure"), "Secure only when the public URL is https: " + cookie);
    assertTrue(before.contains("JSESSIONID="), before);
    assertFalse(
        browser.cookieHeader().contains(before),
        "the session before sign-up is not the seller's: " + browser.cookieHeader());
  }

  /** The tests' limit (ear/pom.xml); the production default is 20. */
  private static final int LOGIN_FAILURES_PER_MINUTE = 30;

  @Test
  void anAddressThatFailsToLogInTooOftenIsAnswered429BeforeAnyPasswordIsChecked() throws Exception {
    String username = Sellers.signUp(new WebClient());
    String wrong =
        "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: "
            + WebClient.basic(username, "not the password")
            + "\r\n\r\n";
    TestDatabase.awaitEarlyInAMinute(); // the throttle counts per clock minute
    List<String> statuses = new java.util.ArrayList<>();
    for (int i = 0; i < LOGIN_FAILURES_PER_MINUTE; i++) {
      statuses.add(status(WebClient.rawFrom("127.0.0.2", utf8(wrong))));
    }

    String throttled = WebClient.rawFrom("127.0.0.2", utf8(wrong));

    assertEquals(List.of("401"), statuses.stream().distinct().toList());
    assertTrue(throttled.startsWith("HTTP/1.1 429"), throttled);
    assertTrue(throttled.toLowerCase(java.util.Locale.ROOT).contains("retry-after: "), throttled);
    assertEquals(
        401,
        WebClient.getWithBasic("/api/v1/me", username, "not the password").statusCode(),
        "another address is not throttled");
  }

  private static String status(String response) {
    return response.length() >= 12 ? response.substring(9, 12) : response;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aLogInPostFromAnotherSiteIsRefusedAndFromThisOneAccepted() throws Exception {
    HttpResponse<String> crossSite = logInPost("cross-site");
    HttpResponse<String> sameOrigin = logInPost("same-origin");

    assertEquals(403, crossSite.statusCode(), crossSite.body());
    assertTrue(
        sameOrigin.statusCode() == 302 || sameOrigin.statusCode() == 303,
        "logged in and sent on: " + sameOrigin.statusCode());
  }

  /** The admin's log-in, posted the way a browser says a page of {@code site} sent it. */
  private static HttpResponse<String> logInPost(String site) throws Exception {
    WebClient browser = new WebClient();
    browser.get("/seller/index.xhtml"); // the FORM mechanism remembers where to go after
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(QventoryServer.url("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", browser.cookieHeader())
                .header("Sec-Fetch-Site", site)
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "j_username="
                            + QventoryServer.ADMIN_USERNAME
                            + "&j_password="
                            + java.net.URLEncoder.encode(
                                QventoryServer.ADMIN_PASSWORD,
                                java.nio.charset.StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aTakenUsernameIsRefusedWithAClearMessage() throws Exception {
    String username = Sellers.newUsername();
    signUp(new WebClient(), username, PASSWORD, PASSWORD);

    HttpResponse<String> again =
        signUp(new WebClient(), username.toUpperCase(), PASSWORD, PASSWORD);

    assertTrue(again.uri().getPath().endsWith("/signup.xhtml"));
    assertTrue(again.body().contains("already taken"), again.body());
  }

  @Test
  void aShortPasswordOrAMismatchIsRefusedSayingWhy() throws Exception {
    HttpResponse<String> tooShort =
        signUp(new WebClient(), Sellers.newUsername(), "short", "short");
    HttpResponse<String> mismatch =
        signUp(new WebClient(), Sellers.newUsername(), PASSWORD, PASSWORD + "!");

    assertTrue(tooShort.body().contains("at least 12 characters"), tooShort.body());
    assertTrue(mismatch.body().contains("The two passwords differ"), mismatch.body());
  }

  @Test
  void aWrongPasswordDoesNotLogIn() throws Exception {
    String username = Sellers.newUsername();
    signUp(new WebClient(), username, PASSWORD, PASSWORD);

    HttpResponse<String> refused =
        new WebClient().openAfterLogIn("/seller/index.xhtml", username, PASSWORD + "x");

    assertTrue(refused.body().contains("Unknown username or wrong password"), refused.body());
  }

  @Test
  void onlyAdminsOpenTheAdminConsole() throws Exception {
    String username = Sellers.newUsername();
    WebClient seller = new WebClient();
    signUp(seller, username, PASSWORD, PASSWORD);

    HttpResponse<String> forbidden = seller.get("/admin/webhook-events.xhtml");
    HttpResponse<String> anonymous = new WebClient().get("/admin/webhook-events.xhtml");
    HttpResponse<String> admin =
        new WebClient()
            .openAfterLogIn(
                "/admin/webhook-events.xhtml",
                QventoryServer.ADMIN_USERNAME,
                QventoryServer.ADMIN_PASSWORD);

    assertEquals(403, forbidden.statusCode());
    assertTrue(anonymous.body().contains("j_security_check"), "anonymous visitors must log in");
    assertEquals(200, admin.statusCode());
    assertTrue(admin.body().contains("Webhook events"));
  }

  @Test
  void theApiTakesBasicCredentialsAndOtherwiseAnswers401() throws Exception {
    String username = Sellers.newUsername();
    signUp(new WebClient(), username, PASSWORD, PASSWORD);

    HttpResponse<String> seller = WebClient.getWithBasic("/api/v1/me", username, PASSWORD);
    HttpResponse<String> admin =
        WebClient.getWithBasic(
            "/api/v1/me", QventoryServer.ADMIN_USERNAME, QventoryServer.ADMIN_PASSWORD);
    HttpResponse<String> anonymous = WebClient.getWithBasic("/api/v1/me", null, null);
    HttpResponse<String> wrong = WebClient.getWithBasic("/api/v1/me", username, "not it at all");

    assertEquals(200, seller.statusCode());
    JsonObject me = Json.parse(seller.body());
    assertEquals(username, me.getString("username"));
    assertEquals(List.of("seller"), roles(me));
    assertEquals(List.of("seller", "admin"), roles(Json.parse(admin.body())));
    assertEquals(401, anonymous.statusCode());
    assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertEquals("unauthorized", Json.parse(anonymous.body()).getString("error"));
    assertEquals(401, wrong.statusCode());
  }

  @Test
  void aKnownCallerIsVerifiedFromElytronsCacheNotByADatabaseQueryPerCall() throws Exception {
    String username = Sellers.newUsername();
    signUp(new WebClient(), username, PASSWORD, PASSWORD);
    assertEquals(200, WebClient.getWithBasic("/api/v1/me", username, PASSWORD).statusCode());

    // Behind the server's back, the stored hash becomes the admin's: a call that read the user
    // from the database again would now refuse the seller's password. (That the cached entry is
    // the verified password, so no bcrypt either, is VerifyingRealmTest's, with Elytron's own
    // caching realm.)
    TestDatabase.update(
        "UPDATE app_user SET password_hash ="
            + " (SELECT password_hash FROM app_user WHERE username = ?) WHERE username = ?",
        QventoryServer.ADMIN_USERNAME,
        username);

    assertEquals(
        200,
        WebClient.getWithBasic("/api/v1/me", username, PASSWORD).statusCode(),
        "the known caller's password is checked against the cached identity");
    assertEquals(
        401,
        WebClient.getWithBasic("/api/v1/me", username, "not it at all").statusCode(),
        "any other password still goes to the realm");
  }

  @Test
  void aBrowserSessionAloneDoesNotOpenTheApi() throws Exception {
    WebClient browser = new WebClient();
    signUp(browser, Sellers.newUsername(), PASSWORD, PASSWORD);

    assertEquals(401, browser.get("/api/v1/me").statusCode());
  }

  private static HttpResponse<String> signUp(
      WebClient browser, String username, String password, String confirmation) throws Exception {
    HttpResponse<String> form = browser.get("/signup.xhtml");
    return browser.submitFacesForm(
        form,
        "signup",
        "submit",
        Map.of("username", username, "password", password, "confirmation", confirmation));
  }

  private static List<String> roles(JsonObject me) {
    return me.getJsonArray("roles").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
