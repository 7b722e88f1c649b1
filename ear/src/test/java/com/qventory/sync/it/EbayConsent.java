package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.ebaysim.EbaySimulator;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A seller connecting eBay as they would: Connect → the simulator's consent page → Agree. */
final class EbayConsent {

  private static final Pattern STATE = Pattern.compile("name=\"state\" value=\"([^\"]*)\"");

  private EbayConsent() {}

  /** Connect → eBay's consent page → Agree as {@code ebayUser} → back in the application. */
  static HttpResponse<String> connect(WebClient browser, EbaySimulator simulator, String ebayUser)
      throws Exception {
    HttpResponse<String> consent =
        browser.submitFacesForm(browser.get("/seller/ebay.xhtml"), "ebay", "connect", Map.of());
    assertTrue(consent.body().contains("asks to access your eBay account"), consent.body());
    return browser.postFormTo(
        TestSimulator.url(simulator, "/oauth2/authorize"),
        Map.of("userId", ebayUser, "state", state(consent), "decision", "approve"));
  }

  /** The initial import's status once it has finished, e.g. {@code DONE 3/3}. */
  static Optional<String> awaitImport(String username) throws Exception {
    return TestDatabase.await(
        Duration.ofSeconds(30),
        () ->
            TestDatabase.queryString(
                    "SELECT a.import_status || ' ' || a.import_done || '/' || a.import_total FROM ebay_account a"
                        + " JOIN app_user u ON u.id = a.seller_id WHERE u.username = ?",
                    username)
                .filter(status -> status.startsWith("DONE")));
  }

  /** The seller presses "Check eBay now" (reconciliation) on the eBay Integration page. */
  static HttpResponse<String> checkEbayNow(WebClient browser) throws Exception {
    return browser.submitFacesForm(
        browser.get("/seller/ebay.xhtml"), "ebay", "reconcile", Map.of());
  }

  static String state(HttpResponse<String> consent) {
    Matcher state = STATE.matcher(consent.body());
    if (!state.find()) {
      throw new AssertionError("No state on the consent page: " + consent.body());
    }
    return state.group(1);
  }
}
