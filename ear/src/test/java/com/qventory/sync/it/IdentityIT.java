package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Json;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Sign-up, log-in, roles and the API's Basic authentication, against the Elytron JDBC realm. */
@BlackBoxTest
class IdentityIT {

  private static final String PASSWORD = "a long enough passphrase";

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
    String scripts = policy.replaceFirst(".*script-src ([^;]*);.*", "$1");
    assertFalse(scripts.contains("'unsafe-inline'") || scripts.contains("'unsafe-eval'"), policy);
    assertTrue(scripts.contains("'strict-dynamic'"), policy);
    // The inventory page has Faces Ajax (inline handlers) and a WebSocket set-up (inline script):
    // every script carries the answer's nonce, and no element an inline handler.
    WebClient seller = new WebClient();
    Sellers.signUp(seller);
    HttpResponse<String> inventory = seller.get("/seller/index.xhtml");
    String nonce =
        inventory
            .headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow()
            .replaceFirst(".*'nonce-([^']+)'.*", "$1");
    Matcher script = Pattern.compile("<script[^>]*>").matcher(inventory.body());
    int scriptTags = 0;
    while (script.find()) {
      scriptTags++;
      assertTrue(script.group().contains("nonce=\"" + nonce + "\""), script.group());
    }
    assertTrue(
        scriptTags >= 3, "faces.js, app.js, the WebSocket's and the handlers': " + scriptTags);
    assertFalse(
        Pattern.compile("<[^>]+\\son[a-z]+=").matcher(inventory.body()).find(),
        "no inline event handler: " + inventory.body());
    assertFalse(
        policy.contains(nonce), "a nonce is never used twice: another answer had another one");
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
  void anAddressThatFailsToLogInTooOftenAtEitherDoorIsAnswered429BeforeAnyPasswordIsChecked()
      throws Exception {
    String username = Sellers.signUp(new WebClient());
    TestDatabase.awaitEarlyInAMinute(); // the throttle counts per clock minute
    List<String> statuses = new ArrayList<>();
    for (int i = 0; i < LOGIN_FAILURES_PER_MINUTE / 2; i++) {
      // a name each: one name's own back-off (five wrong guesses) is another test's
      statuses.add(status(WebClient.rawFrom("127.0.0.2", wrongBasic(Sellers.newUsername()))));
      statuses.add(
          status(WebClient.rawFrom("127.0.0.2", formLogIn(Sellers.newUsername(), "wrong " + i))));
    }

    String throttled = WebClient.rawFrom("127.0.0.2", basicCall(username, PASSWORD));
    String throttledForm = WebClient.rawFrom("127.0.0.2", formLogIn(username, PASSWORD));

    assertEquals(List.of("401", "200"), statuses.stream().distinct().toList(), "API, form");
    assertTrue(throttled.startsWith("HTTP/1.1 429"), "even the right password: " + throttled);
    assertTrue(throttled.toLowerCase(Locale.ROOT).contains("retry-after: "), throttled);
    assertTrue(
        throttledForm.startsWith("HTTP/1.1 429"), "even the right password: " + throttledForm);
    assertEquals(
        200,
        WebClient.getWithBasic("/api/v1/me", username, PASSWORD).statusCode(),
        "another address is not throttled");
  }

  private static byte[] wrongBasic(String username) {
    return basicCall(username, "not the password");
  }

  private static byte[] basicCall(String username, String password) {
    return utf8(
        "GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: "
            + WebClient.basic(username, password)
            + "\r\n\r\n");
  }

  @Test
  void aSlowGuesserKeepsOnlyItselfOutAndTheOwnerLogsInAtOnce() throws Exception {
    String guesser = "127.0.0.4";
    String admin = QventoryServer.ADMIN_USERNAME;
    for (int i = 0; i <= 5; i++) { // five free guesses, then the sixth starts the back-off
      assertEquals("200", status(WebClient.rawFrom(guesser, formLogIn(admin, "guess " + i))));
    }
    for (int round = 0; round < 2; round++) {
      String refused = WebClient.rawFrom(guesser, formLogIn(admin, QventoryServer.ADMIN_PASSWORD));
      assertTrue(refused.startsWith("HTTP/1.1 429"), "backing off, even for the right one");

      HttpResponse<String> owner =
          new WebClient()
              .openAfterLogIn("/admin/index.xhtml", admin, QventoryServer.ADMIN_PASSWORD);
      assertEquals(200, owner.statusCode(), "the owner, from another address, gets in at once");
      assertTrue(owner.body().contains("<span class=\"who\">" + admin + "</span>"), owner.body());

      // The guesser waits out its back-off (the server says how long) and guesses once more.
      Thread.sleep(1000 * Long.parseLong(header(refused, "retry-after")));
      assertEquals("200", status(WebClient.rawFrom(guesser, formLogIn(admin, "again " + round))));
    }
  }

  @Test
  void aNameNoAccountCanHaveIsRefusedBeforeTheRealmLooksAtIt() throws Exception {
    String megabyteName = "a".repeat(1 << 20);
    String formRefusal =
        WebClient.rawFrom("127.0.0.5", formLogIn(megabyteName, QventoryServer.ADMIN_PASSWORD));
    String uppercase =
        WebClient.rawFrom("127.0.0.5", formLogIn("ADMIN", QventoryServer.ADMIN_PASSWORD));
    HttpResponse<String> basic =
        WebClient.getWithBasic("/api/v1/me", "n".repeat(10_000), QventoryServer.ADMIN_PASSWORD);

    // The realm's own refusal is the log-in page again (200); these never reached it.
    assertTrue(formRefusal.startsWith("HTTP/1.1 303"), formRefusal);
    assertTrue(header(formRefusal, "location").endsWith("/login.xhtml?failed=true"), formRefusal);
    assertTrue(uppercase.startsWith("HTTP/1.1 303"), "names are exact: " + uppercase);
    assertEquals(401, basic.statusCode());
    assertEquals(
        "Unknown username or wrong password", Json.parse(basic.body()).getString("message"));
  }

  @Test
  void passwordsAreCheckedOnlyAtTheLogInFormAndTheApi() throws Exception {
    String basic = WebClient.basic(QventoryServer.ADMIN_USERNAME, QventoryServer.ADMIN_PASSWORD);
    List<String> pages = deployedPages();
    assertTrue(pages.contains("/admin/index.xhtml") && pages.size() > 10, pages.toString());

    for (String page : pages) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(QventoryServer.url(page))
                      .header("Authorization", basic)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertFalse(
          answer.body().contains("class=\"who\""),
          page + " did not take the admin's Basic credentials: " + answer.body());
    }
    assertEquals(
        200,
        WebClient.getWithBasic(
                "/api/v1/me", QventoryServer.ADMIN_USERNAME, QventoryServer.ADMIN_PASSWORD)
            .statusCode(),
        "the API is the door for Basic");
    assertEquals(
        401,
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(QventoryServer.MANAGEMENT.resolve("/management"))
                    .header("Authorization", basic)
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .statusCode(),
        "WildFly's management has its own users, never the application's");
  }

  /** Every page the deployed EAR serves (its web module's Facelets outside WEB-INF). */
  private static List<String> deployedPages() throws Exception {
    List<String> pages = new ArrayList<>();
    try (ZipFile ear = new ZipFile(System.getProperty("qventory.ear"));
        ZipInputStream war =
            new ZipInputStream(ear.getInputStream(ear.getEntry("qventory-web.war")))) {
      for (ZipEntry entry; (entry = war.getNextEntry()) != null; ) {
        if (entry.getName().endsWith(".xhtml") && !entry.getName().startsWith("WEB-INF/")) {
          pages.add("/" + entry.getName());
        }
      }
    }
    return pages;
  }

  /** A log-in form post, as the log-in page sends it. */
  private static byte[] formLogIn(String username, String password) {
    String form =
        "j_username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return utf8(
        "POST /j_security_check HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
            + form.getBytes(StandardCharsets.UTF_8).length
            + "\r\n\r\n"
            + form);
  }

  /** A header of a raw answer, by its lower-case name. */
  private static String header(String response, String name) {
    return response
        .lines()
        .takeWhile(line -> !line.isEmpty())
        .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
        .map(line -> line.substring(name.length() + 1).strip())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + response));
  }

  private static String status(String response) {
    return response.length() >= 12 ? response.substring(9, 12) : response;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aLogInPostFromAnotherSiteOrOriginIsRefusedAndFromThisOneAccepted() throws Exception {
    HttpResponse<String> crossSite = logInPost("Sec-Fetch-Site", "cross-site");
    HttpResponse<String> sameSite = logInPost("Sec-Fetch-Site", "same-site");
    HttpResponse<String> otherOrigin = logInPost("Origin", "http://shop.localhost:8180");
    HttpResponse<String> sameOrigin = logInPost("Sec-Fetch-Site", "same-origin");
    HttpResponse<String> ownOrigin = logInPost("Origin", "http://localhost:8180");

    assertEquals(403, crossSite.statusCode(), crossSite.body());
    assertEquals(403, sameSite.statusCode(), "a sibling subdomain is another origin");
    assertEquals(403, otherOrigin.statusCode(), "a browser without Sec-Fetch-Site says Origin");
    assertTrue(
        sameOrigin.statusCode() == 302 || sameOrigin.statusCode() == 303,
        "logged in and sent on: " + sameOrigin.statusCode());
    assertTrue(
        ownOrigin.statusCode() == 302 || ownOrigin.statusCode() == 303,
        "logged in and sent on: " + ownOrigin.statusCode());
  }

  /** The admin's log-in, posted with a header by which a browser says which page sent it. */
  private static HttpResponse<String> logInPost(String header, String value) throws Exception {
    WebClient browser = new WebClient();
    browser.get("/seller/index.xhtml"); // the FORM mechanism remembers where to go after
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(QventoryServer.url("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", browser.cookieHeader())
                .header(header, value)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username="
                            + QventoryServer.ADMIN_USERNAME
                            + "&j_password="
                            + URLEncoder.encode(
                                QventoryServer.ADMIN_PASSWORD, StandardCharsets.UTF_8)))
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
    String beyondBcrypt = "correct horse battery staple ".repeat(3); // 87 bytes
    HttpResponse<String> tooLong =
        signUp(new WebClient(), Sellers.newUsername(), beyondBcrypt, beyondBcrypt);

    assertTrue(tooShort.body().contains("at least 12 characters"), tooShort.body());
    assertTrue(tooLong.body().contains("at most 72 bytes"), tooLong.body());
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
