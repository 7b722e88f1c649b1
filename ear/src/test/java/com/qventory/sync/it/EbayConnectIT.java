package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.EbayConsent;
import com.qventory.sync.it.support.Json;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.OpenTransactions;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.SimulatorTest;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.TestSimulator;
import com.qventory.sync.it.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Settings → eBay Integration against the simulator: consent, encrypted tokens, notifications set
 * up and verified at eBay, listings arriving — and disconnecting.
 */
@BlackBoxTest
class EbayConnectIT extends SimulatorTest {

  @Test
  void aSellerConnectsEbayInOneClickAndTheirListingsArrive() throws Exception {
    WebClient browser = new WebClient();
    String username = Sellers.signUp(browser);
    String ebayUser = Sellers.ebayUserFor(username);

    HttpResponse<String> done = connect(browser, ebayUser);

    assertTrue(
        done.body().contains("Successfully connected to eBay! Real-time sync enabled."),
        done.body());
    assertTrue(done.body().contains(ebayUser));
    String stored =
        TestDatabase.queryString(
                "SELECT a.access_token_enc FROM ebay_account a JOIN app_user u ON u.id = a.seller_id WHERE u.username = ?",
                username)
            .orElseThrow();
    assertFalse(stored.contains("v^1.1"), "tokens are encrypted at rest");
    assertEquals(
        "ACTIVE",
        TestDatabase.queryString(
                "SELECT a.subscription_status FROM ebay_account a JOIN app_user u ON u.id = a.seller_id WHERE u.username = ?",
                username)
            .orElseThrow());
    String atEbay = TestSimulator.call(simulator, "GET", "/sim/api/sellers", null);
    assertTrue(atEbay.contains("\"userId\":\"" + ebayUser + "\""), atEbay);
    assertTrue(
        atEbay.contains("FixedPriceTransaction") && atEbay.contains("EndOfAuction"),
        "subscribed to every listing event, EndOfAuction too: " + atEbay);

    String itemId = TestSimulator.listItem(simulator, ebayUser, "{\"title\":\"Connected Lamp\"}");
    assertEquals(List.of("PROCESSED"), Notifications.awaitSettled(itemId, 1));
    assertTrue(
        WebClient.getWithBasic("/api/v1/items?ebayItemId=" + itemId, username, Sellers.PASSWORD)
            .body()
            .contains("Connected Lamp"));

    HttpResponse<String> disconnected =
        browser.submitFacesForm(browser.get("/seller/ebay.xhtml"), "ebay", "disconnect", Map.of());
    assertTrue(disconnected.body().contains("Disconnected from eBay"), disconnected.body());
    assertEquals(
        List.of("DISCONNECTED|"),
        TestDatabase.strings(
            "SELECT a.status || '|' || coalesce(a.access_token_enc, '') FROM ebay_account a"
                + " JOIN app_user u ON u.id = a.seller_id WHERE u.username = ?",
            username));
    assertFalse(
        TestSimulator.call(simulator, "GET", "/sim/api/sellers", null)
            .matches("(?s).*\"userId\":\"" + ebayUser + "\",\"subscribedEvents\":\\[\"Item.*"),
        "eBay was told to stop");
  }

  @Test
  void connectingImportsTheActiveListingsTheSellerAlreadyHas() throws Exception {
    WebClient browser = new WebClient();
    String username = Sellers.signUp(browser);
    String ebayUser = Sellers.ebayUserFor(username);
    listOnEbay(ebayUser, "Old listing", 3);

    connect(browser, ebayUser);

    assertEquals(Optional.of("DONE 3/3"), EbayConsent.awaitImport(username));
    String items = WebClient.getWithBasic("/api/v1/items", username, Sellers.PASSWORD).body();
    assertTrue(items.contains("Old listing 0") && items.contains("Old listing 2"), items);
    assertTrue(browser.get("/seller/ebay.xhtml").body().contains("3 active listings imported"));
  }

  @Test
  void aFailedNotificationSetupSaysWhatFailedAndRetrySetupFinishesIt() throws Exception {
    WebClient browser = new WebClient();
    String username = Sellers.signUp(browser);
    String ebayUser = Sellers.ebayUserFor(username);
    TestSimulator.call(
        simulator,
        "PUT",
        "/sim/api/sellers/" + ebayUser + "/failing-calls",
        "{\"calls\":[\"SetNotificationPreferences\"]}");

    HttpResponse<String> partial = connect(browser, ebayUser);

    assertTrue(partial.body().contains("the notification setup is incomplete"), partial.body());
    assertTrue(partial.body().contains("simulated fault"), "says what failed");
    assertTrue(partial.body().contains("PARTIAL"));
    TestSimulator.call(
        simulator, "PUT", "/sim/api/sellers/" + ebayUser + "/failing-calls", "{\"calls\":[]}");

    HttpResponse<String> retried =
        browser.submitFacesForm(browser.get("/seller/ebay.xhtml"), "ebay", "retry", Map.of());

    assertTrue(
        retried.body().contains("Successfully connected to eBay! Real-time sync enabled."),
        retried.body());
    assertTrue(retried.body().contains("ACTIVE"));
  }

  @Test
  void aListingWhoseNotificationWasLostIsFoundByReconciliation() throws Exception {
    WebClient browser = new WebClient();
    String username = Sellers.signUp(browser);
    String ebayUser = Sellers.ebayUserFor(username);
    connect(browser, ebayUser);
    TestSimulator.call(
        simulator, "PUT", "/sim/api/sellers/" + ebayUser + "/faults", "{\"dropRate\":1}");
    String itemId = TestSimulator.listItem(simulator, ebayUser, "{\"title\":\"Lost in transit\"}");
    assertTrue(
        TestSimulator.call(simulator, "GET", "/sim/api/usage", null)
            .contains("\"droppedByFault\":1"),
        "the notification was dropped");
    TestSimulator.settle(simulator, ebayUser);

    HttpResponse<String> checked = EbayConsent.checkEbayNow(browser, username);

    assertTrue(checked.body().contains("1 item corrected"), checked.body());
    String items =
        WebClient.getWithBasic("/api/v1/items?ebayItemId=" + itemId, username, Sellers.PASSWORD)
            .body();
    assertTrue(items.contains("Lost in transit"), items);
    HttpResponse<String> tooSoon =
        browser.submitFacesForm(browser.get("/seller/ebay.xhtml"), "ebay", "reconcile", Map.of());
    assertTrue(
        tooSoon.body().contains("you can check again in"),
        "one seller cannot spend the application's eBay calls: " + tooSoon.body());
    HttpResponse<String> again = EbayConsent.checkEbayNow(browser, username);
    assertTrue(again.body().contains("0 items corrected"), "nothing left to correct");
  }

  @Test
  void aCallbackThatDoesNotCarryThisSessionsStateIsRefused() throws Exception {
    WebClient browser = new WebClient();
    Sellers.signUp(browser);

    HttpResponse<String> forged = browser.get("/seller/ebay/callback?code=stolen&state=not-ours");

    assertTrue(forged.body().contains("does not belong to this session"), forged.body());
    assertTrue(forged.body().contains("Connect eBay Account"));
  }

  @Test
  void theSellerSeesWhichEbayUserAndQventoryAccountAreLinkedAndNotMineLinksNothing()
      throws Exception {
    WebClient browser = new WebClient();
    String username = Sellers.signUp(browser);
    String ebayUser = Sellers.ebayUserFor(username);
    HttpResponse<String> consent =
        browser.submitFacesForm(browser.get("/seller/ebay.xhtml"), "ebay", "connect", Map.of());

    HttpResponse<String> confirmation = EbayConsent.approve(browser, simulator, ebayUser, consent);

    assertTrue(confirmation.uri().getPath().endsWith("/seller/ebay-confirm.xhtml"));
    assertTrue(
        confirmation.body().contains("id=\"pending-ebay-user\">" + ebayUser + "<"),
        confirmation.body());
    assertTrue(
        confirmation.body().contains("id=\"qventory-user\">" + username + "<"),
        confirmation.body());
    assertEquals(
        List.of("0"),
        TestDatabase.strings("SELECT count(*) FROM ebay_account WHERE ebay_user_id = ?", ebayUser),
        "nothing is linked before the seller confirms");

    HttpResponse<String> cancelled =
        browser.submitFacesForm(confirmation, "confirm", "cancel", Map.of());

    assertTrue(
        cancelled.body().contains("eBay user " + ebayUser + " was not connected."),
        cancelled.body());
    assertEquals(
        List.of("0"),
        TestDatabase.strings("SELECT count(*) FROM ebay_account WHERE ebay_user_id = ?", ebayUser));
    assertTrue(
        browser.get("/seller/ebay-confirm.xhtml").body().contains("Nothing is waiting"),
        "the grant is forgotten");
  }

  @Test
  void declinedConsentSaysSo() throws Exception {
    WebClient browser = new WebClient();
    Sellers.signUp(browser);
    HttpResponse<String> consent =
        browser.submitFacesForm(browser.get("/seller/ebay.xhtml"), "ebay", "connect", Map.of());

    HttpResponse<String> declined =
        browser.postFormTo(
            TestSimulator.url(simulator, "/oauth2/authorize"),
            Map.of(
                "userId", "whoever", "state", EbayConsent.state(consent), "decision", "decline"));

    assertTrue(
        declined.body().contains("eBay access was not granted: consent was declined on eBay."),
        declined.body());
  }

  /**
   * The token refresh asks eBay outside any transaction and writes its answer only if the account
   * is unchanged: a Disconnect made while eBay takes its time over the refresh stays disconnected.
   */
  @Test
  void aDisconnectWhileATokenRefreshWaitsForEbayStaysDisconnected() throws Exception {
    WebClient browser = new WebClient();
    String username = Sellers.signUp(browser);
    String ebayUser = Sellers.ebayUserFor(username);
    connect(browser, ebayUser);
    TestSimulator.call(simulator, "PUT", "/sim/api/latency", "{\"oauth.refresh_token\":4000}");
    // Lapsing within the refresh job's twenty minutes, not within the five after which a
    // Disconnect would refresh the token itself first.
    TestDatabase.update(
        "UPDATE ebay_account SET access_token_expires_at = now() + interval '10 minutes'"
            + " WHERE ebay_user_id = ?",
        ebayUser);
    TestDatabase.await(
            Duration.ofSeconds(20), () -> refreshesAsked() > 0 ? Optional.of(1) : Optional.empty())
        .orElseThrow(() -> new AssertionError("the refresh job did not ask eBay"));

    HttpResponse<String> disconnected =
        browser.submitFacesForm(browser.get("/seller/ebay.xhtml"), "ebay", "disconnect", Map.of());

    assertTrue(disconnected.body().contains("Disconnected from eBay"), disconnected.body());
    String sellerId =
        TestDatabase.queryString("SELECT id FROM app_user WHERE username = ?", username)
            .orElseThrow();
    String dropped = "A refreshed eBay token of seller " + sellerId + " was dropped";
    TestDatabase.await(
            Duration.ofSeconds(20),
            () -> serverLog().contains(dropped) ? Optional.of(dropped) : Optional.empty())
        .orElseThrow(() -> new AssertionError("the refresh did not finish"));
    assertEquals(
        List.of("DISCONNECTED|true"),
        TestDatabase.strings(
            "SELECT status || '|' || (access_token_enc IS NULL) FROM ebay_account"
                + " WHERE ebay_user_id = ?",
            ebayUser));
  }

  /**
   * The refresh job asks eBay with no transaction open, a seller at a time: while eBay takes 3 s
   * over each of four sellers' refreshes, no connection of the server's sits inside a transaction,
   * and every seller's token is refreshed.
   */
  @Test
  void aSlowEbayStillRefreshesEverySellersTokenAndRollsNothingBack() throws Exception {
    List<String> ebayUsers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      WebClient browser = new WebClient();
      String ebayUser = Sellers.ebayUserFor(Sellers.signUp(browser));
      connect(browser, ebayUser);
      ebayUsers.add(ebayUser);
    }
    TestSimulator.call(simulator, "PUT", "/sim/api/latency", "{\"oauth.refresh_token\":3000}");
    String[] users = ebayUsers.toArray(String[]::new);
    TestDatabase.update( // one statement: one run of the job finds all four lapsing
        "UPDATE ebay_account SET access_token_expires_at = now() + interval '10 minutes'"
            + " WHERE ebay_user_id = ANY (?)",
        (Object) users);

    Optional<String> refreshed =
        OpenTransactions.noneWaitsWhile(
            () ->
                TestDatabase.await(
                    Duration.ofSeconds(60),
                    () -> {
                      List<String> fresh =
                          TestDatabase.strings(
                              "SELECT count(*) FROM ebay_account WHERE ebay_user_id = ANY (?)"
                                  + " AND access_token_expires_at > now() + interval '1 hour'",
                              (Object) users);
                      return fresh.equals(List.of("4")) ? Optional.of("4") : Optional.empty();
                    }));

    assertEquals(Optional.of("4"), refreshed, "every seller's token refreshed, none rolled back");
  }

  /**
   * The import asks eBay for each page with no transaction open: while eBay takes 2.5 s over every
   * GetSellerList and GetItem, no connection of the server's sits inside a transaction, and every
   * listing is imported.
   */
  @Test
  void theImportAsksEbayForEachPageWithNoTransactionOpen() throws Exception {
    WebClient browser = new WebClient();
    String username = Sellers.signUp(browser);
    String ebayUser = Sellers.ebayUserFor(username);
    listOnEbay(ebayUser, "Slow listing", 2);
    TestSimulator.call(
        simulator, "PUT", "/sim/api/latency", "{\"GetSellerList\":2500,\"GetItem\":2500}");

    Optional<String> imported =
        OpenTransactions.noneWaitsWhile(
            () -> {
              connect(browser, ebayUser);
              return EbayConsent.awaitImport(username);
            });

    assertEquals(Optional.of("DONE 2/2"), imported);
  }

  /**
   * Connecting asks eBay with no transaction open: the connection is committed before eBay is set
   * up, so a Disconnect pressed while eBay takes its time over the set-up ends it — and the set-up,
   * finishing later, neither brings it back nor records a subscription for it.
   */
  @Test
  void aDisconnectWhileASlowSetUpRunsStaysDisconnected() throws Exception {
    WebClient browser = new WebClient();
    String username = Sellers.signUp(browser);
    String ebayUser = Sellers.ebayUserFor(username);
    HttpResponse<String> consent =
        browser.submitFacesForm(browser.get("/seller/ebay.xhtml"), "ebay", "connect", Map.of());
    HttpResponse<String> confirmation = EbayConsent.approve(browser, simulator, ebayUser, consent);
    TestSimulator.call(
        simulator, "PUT", "/sim/api/latency", "{\"SetNotificationPreferences\":4000}");
    CompletableFuture<HttpResponse<String>> confirming =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return browser.submitFacesForm(confirmation, "confirm", "confirm", Map.of());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    TestDatabase.await(
            Duration.ofSeconds(20),
            () ->
                TestDatabase.queryString(
                    "SELECT status FROM ebay_account WHERE ebay_user_id = ? AND status = 'CONNECTED'",
                    ebayUser))
        .orElseThrow(() -> new AssertionError("the connection was not committed before eBay"));

    HttpResponse<String> disconnected =
        OpenTransactions.noneWaitsWhile(
            () ->
                browser.submitFacesForm(
                    browser.get("/seller/ebay.xhtml"), "ebay", "disconnect", Map.of()));
    HttpResponse<String> setUp =
        OpenTransactions.noneWaitsWhile(() -> confirming.get(60, TimeUnit.SECONDS));

    assertTrue(disconnected.body().contains("Disconnected from eBay"), disconnected.body());
    assertTrue(
        setUp.body().contains("disconnected while eBay was being set up"),
        "the seller is told: " + setUp.body());
    assertEquals(
        List.of("DISCONNECTED|true|DISABLED"),
        TestDatabase.strings(
            "SELECT status || '|' || (access_token_enc IS NULL) || '|' || subscription_status"
                + " FROM ebay_account WHERE ebay_user_id = ?",
            ebayUser));
  }

  private int refreshesAsked() throws Exception {
    return Json.parse(TestSimulator.call(simulator, "GET", "/sim/api/usage", null))
        .getJsonObject("callsToday")
        .getInt("oauth.refresh_token", 0);
  }

  private static String serverLog() throws Exception {
    return Files.readString(
        Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"),
        StandardCharsets.UTF_8);
  }

  private HttpResponse<String> connect(WebClient browser, String ebayUser) throws Exception {
    return EbayConsent.connect(browser, simulator, ebayUser);
  }

  /**
   * Lists {@code count} items titled "{@code title} 0", "{@code title} 1"… for {@code ebayUser}.
   */
  private void listOnEbay(String ebayUser, String title, int count) throws Exception {
    for (int i = 0; i < count; i++) {
      TestSimulator.listItem(simulator, ebayUser, "{\"title\":\"" + title + " " + i + "\"}");
    }
  }
}
