package com.qventory.sync.it.support;

import com.qventory.sync.ebaysim.EbayLimits;
import com.qventory.sync.ebaysim.EbaySimulator;
import com.qventory.sync.ebaysim.Faults;
import com.qventory.sync.ebaysim.Keyset;
import com.qventory.sync.ebaysim.SimConfig;
import com.qventory.sync.testing.Fixtures;
import java.net.URI;
import java.time.Duration;

/**
 * The eBay simulator for a test, on the port the build reserved and the server was configured with
 * (EBAY_API_BASE_URL, EBAY_AUTH_BASE_URL), with the tests' keyset and RuName.
 */
public final class TestSimulator {

  public static final String RU_NAME = "Qventory_IT-RuName";

  /** How long the simulator takes to show a change in GetSellerEvents (eBay: two minutes). */
  public static final Duration SETTLE_TIME = Duration.ofSeconds(1);

  private TestSimulator() {}

  /** The keyset the suite's servers are configured with, as eBay (and the simulator) sign. */
  public static Keyset keyset() {
    return new Keyset(
        Fixtures.TEST_KEYSET.get("EBAY_DEV_ID"),
        Fixtures.TEST_KEYSET.get("EBAY_CLIENT_ID"),
        Fixtures.TEST_KEYSET.get("EBAY_CERT_ID"),
        RU_NAME);
  }

  public static EbaySimulator start() throws Exception {
    return EbaySimulator.start(
        new SimConfig(
            Integer.parseInt(System.getProperty("qventory.it.ebay-sim.port")),
            keyset(),
            QventoryServer.url("/seller/ebay/callback").toString(),
            QventoryServer.url("/seller/ebay/declined").toString(),
            Duration.ofHours(2),
            Duration.ofDays(540),
            3,
            Duration.ofMillis(200),
            1000,
            Duration.ofMinutes(10),
            Faults.NONE,
            // eBay's limits, with changes showing in GetSellerEvents after one second instead of
            // two minutes; the server is told the same (QVENTORY_RECONCILE_SETTLE_TIME)
            EbayLimits.STRICT.withFreshnessLag(SETTLE_TIME)));
  }

  public static URI url(EbaySimulator simulator, String path) {
    return URI.create("http://localhost:" + simulator.port() + path);
  }

  /** Calls the simulator's JSON interface; anything but 2xx fails the test. */
  public static String call(EbaySimulator simulator, String method, String path, String json)
      throws Exception {
    var response = WebClient.sendJson(method, url(simulator, path), json, null, null);
    if (response.statusCode() >= 300) {
      throw new AssertionError(path + " → " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  /** Every notification for {@code ebayUser} is lost on the way (a fault of the simulator). */
  public static void dropNotificationsOf(EbaySimulator simulator, String ebayUser)
      throws Exception {
    call(simulator, "PUT", "/sim/api/sellers/" + ebayUser + "/faults", "{\"dropRate\":1}");
  }

  /**
   * Moves {@code ebayUser}'s listings back in time past the simulator's settle time, as if listed a
   * little earlier: then GetSellerEvents shows them, as eBay does two minutes after a change.
   */
  public static void settle(EbaySimulator simulator, String ebayUser) throws Exception {
    call(
        simulator,
        "POST",
        "/sim/api/sellers/" + ebayUser + "/age",
        "{\"seconds\":" + SETTLE_TIME.multipliedBy(5).toSeconds() + "}");
  }

  /**
   * {@code ebayUser} lists an item at the simulator, which pushes ItemListed to us.
   *
   * @param json the listing's fields, as the simulator's seller console sends them
   * @return the new item's eBay item id
   */
  public static String listItem(EbaySimulator simulator, String ebayUser, String json)
      throws Exception {
    return Json.parse(call(simulator, "POST", "/sim/api/sellers/" + ebayUser + "/items", json))
        .getString("itemId");
  }
}
