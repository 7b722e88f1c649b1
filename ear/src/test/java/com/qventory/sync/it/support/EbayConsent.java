package com.qventory.sync.it.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.ebaysim.EbaySimulator;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A seller connecting eBay as they would: Connect → the simulator's consent page → Agree. */
public final class EbayConsent {

  private static final Pattern STATE = Pattern.compile("name=\"state\" value=\"([^\"]*)\"");

  private EbayConsent() {}

  /** A seller signed up and connected to eBay (the simulator) in their own browser. */
  public record ConnectedSeller(WebClient browser, String username, String ebayUser) {}

  public static ConnectedSeller connectedSeller(EbaySimulator simulator) throws Exception {
    WebClient browser = new WebClient();
    String username = Sellers.signUp(browser);
    String ebayUser = Sellers.ebayUserFor(username);
    connect(browser, simulator, ebayUser);
    return new ConnectedSeller(browser, username, ebayUser);
  }

  /** Connect → eBay's consent page → Agree as {@code ebayUser} → back in the application. */
  public static HttpResponse<String> connect(
      WebClient browser, EbaySimulator simulator, String ebayUser) throws Exception {
    return consent(browser, simulator, ebayUser, "connect");
  }

  /**
   * The eBay Integration page's {@code button} (Connect, or Connect again) → eBay's consent page →
   * Agree as {@code ebayUser} → back in the application.
   */
  public static HttpResponse<String> consent(
      WebClient browser, EbaySimulator simulator, String ebayUser, String button) throws Exception {
    HttpResponse<String> consent =
        browser.submitFacesForm(browser.get("/seller/ebay.xhtml"), "ebay", button, Map.of());
    assertTrue(consent.body().contains("asks to access your eBay account"), consent.body());
    HttpResponse<String> confirmation = approve(browser, simulator, ebayUser, consent);
    if (!confirmation.uri().getPath().endsWith("/seller/ebay-confirm.xhtml")) {
      return confirmation; // eBay or the callback refused: the integration page says why
    }
    assertTrue(
        confirmation.body().contains("id=\"pending-ebay-user\">" + ebayUser + "<"),
        "the seller is shown which eBay user they connect: " + confirmation.body());
    return browser.submitFacesForm(confirmation, "confirm", "confirm", Map.of());
  }

  /** Agree on eBay's consent page as {@code ebayUser}: back on the confirmation page. */
  public static HttpResponse<String> approve(
      WebClient browser, EbaySimulator simulator, String ebayUser, HttpResponse<String> consent)
      throws Exception {
    return browser.postFormTo(
        TestSimulator.url(simulator, "/oauth2/authorize"),
        Map.of("userId", ebayUser, "state", state(consent), "decision", "approve"));
  }

  /** The initial import's status once it has finished, e.g. {@code DONE 3/3}. */
  public static Optional<String> awaitImport(String username) throws Exception {
    return TestDatabase.await(
        Duration.ofSeconds(30),
        () ->
            TestDatabase.queryString(
                    "SELECT a.import_status || ' ' || a.import_done || '/' || a.import_total FROM ebay_account a"
                        + " JOIN app_user u ON u.id = a.seller_id WHERE u.username = ?",
                    username)
                .filter(status -> status.startsWith("DONE")));
  }

  /**
   * The seller presses "Check eBay now" (reconciliation) on the eBay Integration page; the pass
   * runs in the background, and this waits until it has finished.
   *
   * @return the eBay Integration page once the pass is over
   */
  public static HttpResponse<String> checkEbayNow(WebClient browser, String username)
      throws Exception {
    String before = lastReconciliation(username).orElse("");
    // A seller may ask again only a while after the last pass (the tests' cool-down is 2 s).
    HttpResponse<String> started =
        TestDatabase.await(
                Duration.ofSeconds(15),
                () -> {
                  HttpResponse<String> pressed =
                      browser.submitFacesForm(
                          browser.get("/seller/ebay.xhtml"), "ebay", "reconcile", Map.of());
                  return pressed.body().contains("you can check again in")
                      ? Optional.empty()
                      : Optional.of(pressed);
                })
            .orElseThrow(() -> new AssertionError("the cool-down did not end"));
    assertTrue(started.body().contains("Checking eBay now"), started.body());
    TestDatabase.await(
            Duration.ofMinutes(3),
            () -> lastReconciliation(username).filter(after -> !after.equals(before)))
        .orElseThrow(() -> new AssertionError("the reconciliation pass did not finish"));
    return browser.get("/seller/ebay.xhtml");
  }

  /** When the seller's last pass ended, once no pass holds them. */
  private static Optional<String> lastReconciliation(String username) throws Exception {
    return TestDatabase.queryString(
        "SELECT a.reconciled_at::text FROM ebay_account a JOIN app_user u ON u.id = a.seller_id"
            + " WHERE u.username = ? AND a.reconcile_lease_until IS NULL",
        username);
  }

  public static String state(HttpResponse<String> consent) {
    Matcher state = STATE.matcher(consent.body());
    if (!state.find()) {
      throw new AssertionError("No state on the consent page: " + consent.body());
    }
    return state.group(1);
  }
}
