package com.qventory.sync.ebaysim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Strict mode: the simulator is no kinder than eBay's documented limits. */
class EbayLimitsTest {

  @Test
  void getSellerEventsStopsAtTwoThousandWithReturnAllAndThreeThousandWithout() throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 1000)) {
      String token = sim.userToken("bulk_ebay");
      sim.post(
          "/sim/api/bulk",
          "application/json",
          "{\"seller\":\"bulk_ebay\",\"listings\":3100,\"perSecond\":100000}");
      awaitListings(sim, "bulk_ebay", 3100);
      String window = "<ModTimeFrom>" + Instant.now().minusSeconds(600) + "</ModTimeFrom>";

      String all =
          sim.trading("GetSellerEvents", token, window + "<DetailLevel>ReturnAll</DetailLevel>")
              .body();
      String plain = sim.trading("GetSellerEvents", token, window).body();

      assertEquals(2000, all.split("<Item>").length - 1);
      assertEquals(3000, plain.split("<Item>").length - 1);
    }
  }

  @Test
  void changesShowInGetSellerEventsOnlyAfterEbaysFreshnessLag() throws Exception {
    EbayLimits ebay = EbayLimits.STRICT;
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 1000, ebay)) {
      String token = sim.userToken("fresh_ebay");
      sim.list("fresh_ebay", "{\"title\":\"Just listed\"}");
      Instant now = Instant.now();
      String upToNow =
          "<ModTimeFrom>"
              + now.minusSeconds(600)
              + "</ModTimeFrom><ModTimeTo>"
              + now
              + "</ModTimeTo>";

      String young = sim.trading("GetSellerEvents", token, upToNow).body();
      sim.post("/sim/api/sellers/fresh_ebay/age", "application/json", "{\"seconds\":180}");
      String settled = sim.trading("GetSellerEvents", token, upToNow).body();

      assertFalse(young.contains("<Item>"), "a change younger than two minutes is not shown yet");
      assertTrue(settled.contains("<Title>Just listed</Title>"), settled);
      assertTrue(
          sim.get("/sim/api/usage").body().contains("\"freshnessViolations\":2"),
          "asking up to now reaches into the unreliable two minutes");
    }
  }

  @Test
  void pollingAnswersListOnlyTheVariationsThatHadActivity() throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 1000)) {
      String token = sim.userToken("tee_ebay");
      sim.list(
          "tee_ebay",
          "{\"title\":\"Tee\",\"variations\":[{\"sku\":\"T-S\",\"quantity\":3},"
              + "{\"sku\":\"T-M\",\"quantity\":5}]}");
      String itemId = sim.firstItemId("tee_ebay");
      sim.post(
          "/sim/api/items/" + itemId + "/purchase",
          "application/json",
          "{\"quantity\":1,\"sku\":\"T-S\"}");

      String polled =
          sim.trading(
                  "GetSellerEvents",
                  token,
                  "<ModTimeFrom>"
                      + Instant.now().minusSeconds(600)
                      + "</ModTimeFrom><DetailLevel>ReturnAll</DetailLevel>")
              .body();
      String item = sim.trading("GetItem", token, "<ItemID>" + itemId + "</ItemID>").body();

      assertTrue(polled.contains("<SKU>T-S</SKU>") && !polled.contains("<SKU>T-M</SKU>"), polled);
      assertTrue(item.contains("<SKU>T-S</SKU>") && item.contains("<SKU>T-M</SKU>"), item);
    }
  }

  @Test
  void aGetSellerListRangeMustBeLessThanOneHundredTwentyDays() throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 1000)) {
      String token = sim.userToken("range_ebay");
      Instant now = Instant.now();

      String exactly = sellerList(sim, token, now, now.plus(120, ChronoUnit.DAYS));
      String less = sellerList(sim, token, now, now.plus(119, ChronoUnit.DAYS));

      assertTrue(exactly.contains("<ErrorCode>21902</ErrorCode>"), exactly);
      assertTrue(less.contains("<Ack>Success</Ack>"), less);
    }
  }

  @Test
  void anAnswerTakesAsLongAsATestAsksAndExpiredOrRevokedTokensGetEbaysErrors() throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 1000)) {
      String token = sim.userToken("slow_ebay");
      sim.put("/sim/api/latency", "{\"GetUser\":300}");

      long started = System.nanoTime();
      String slow = sim.trading("GetUser", token, "").body();
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      sim.post("/sim/api/sellers/slow_ebay/expire-tokens", "application/json", "{}");
      String expired = sim.trading("GetUser", token, "").body();
      sim.post("/sim/api/sellers/slow_ebay/revoke", "application/json", "{}");
      String revoked = sim.trading("GetUser", token, "").body();

      assertTrue(slow.contains("<UserID>slow_ebay</UserID>"), slow);
      assertTrue(took.toMillis() >= 300, "answered after " + took);
      assertTrue(expired.contains("<ErrorCode>21917053</ErrorCode>"), expired);
      assertTrue(revoked.contains("<ErrorCode>21916984</ErrorCode>"), revoked);
    }
  }

  @Test
  void aListingEndsAsEbayReportsItItemClosedOnlyWithoutASaleAndAfterItemUnsold() throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 1000)) {
      sim.list("end_ebay", "{\"title\":\"Unsold\"}");
      String unsold = sim.firstItemId("end_ebay");
      sim.post("/sim/api/items/" + unsold + "/end", "application/json", "{}");
      sim.list("sold_ebay", "{\"title\":\"Sold\",\"quantity\":2}");
      String sold = sim.firstItemId("sold_ebay");
      sim.post("/sim/api/items/" + sold + "/purchase", "application/json", "{\"quantity\":1}");
      sim.post("/sim/api/items/" + sold + "/end", "application/json", "{}");

      assertTrue(
          sim.get("/sim/api/sellers/end_ebay/items")
              .body()
              .contains("\"events\":[\"ItemListed\",\"ItemUnsold\",\"ItemClosed\"]"));
      assertTrue(
          sim.get("/sim/api/sellers/sold_ebay/items")
              .body()
              .contains(
                  "\"events\":[\"ItemListed\",\"FixedPriceTransaction\","
                      + "\"AuctionCheckoutComplete\",\"ItemSold\"]"));
    }
  }

  @Test
  void aCallBeyondItsDailyLimitGetsEbaysError518() throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 1000)) {
      String token = sim.userToken("limit_ebay");
      sim.put("/sim/api/call-limits", "{\"GetUser\":2}");

      sim.trading("GetUser", token, "");
      String second = sim.trading("GetUser", token, "").body();
      String third = sim.trading("GetUser", token, "").body();

      assertTrue(second.contains("<Ack>Success</Ack>"), second);
      assertTrue(third.contains("<ErrorCode>518</ErrorCode>"), third);
      assertTrue(third.contains("<ErrorClassification>SystemError<"), third);
    }
  }

  @Test
  void errorsSayWhetherEbayOrTheRequestIsAtFault() throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 1000)) {
      String token = sim.userToken("fault_ebay");
      sim.put("/sim/api/sellers/fault_ebay/failing-calls", "{\"calls\":[\"GetUser\"]}");

      String internal = sim.trading("GetUser", token, "").body();
      String invalid = sim.trading("GetItem", token, "<ItemID>404</ItemID>").body();

      assertTrue(internal.contains("<ErrorClassification>SystemError<"), internal);
      assertTrue(invalid.contains("<ErrorClassification>RequestError<"), invalid);
    }
  }

  private static String sellerList(SimulatorHarness sim, String token, Instant from, Instant to)
      throws Exception {
    return sim.trading(
            "GetSellerList",
            token,
            "<EndTimeFrom>" + from + "</EndTimeFrom><EndTimeTo>" + to + "</EndTimeTo>")
        .body();
  }

  private static void awaitListings(SimulatorHarness sim, String seller, int count)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    HttpResponse<String> listed;
    do {
      Thread.sleep(100);
      listed = sim.get("/sim/api/sellers/" + seller + "/items");
    } while (listed.body().split("\"itemId\"").length - 1 < count && System.nanoTime() < deadline);
  }
}
