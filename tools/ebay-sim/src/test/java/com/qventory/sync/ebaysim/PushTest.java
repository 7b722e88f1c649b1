package com.qventory.sync.ebaysim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushTest {

  @Test
  void aListingIsPushedSignedToTheSubscribedApplication() throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 1000)) {
      sim.simulator.enableDemoDelivery(sim.webhook());

      String item = sim.list("demo_ebay_seller", "{\"title\":\"Teapot\",\"quantity\":2}").body();

      String pushed = sim.awaitReceived(1).get(0);
      String timestamp = pushed.replaceAll("(?s).*<Timestamp>([^<]+)</Timestamp>.*", "$1");
      String signature = pushed.replaceAll("(?s).*NotificationSignature>([^<]+)</.*", "$1");
      assertEquals(SimulatorHarness.KEYSET.sign(timestamp), signature);
      assertTrue(pushed.contains("<NotificationEventName>ItemListed</NotificationEventName>"));
      assertTrue(pushed.contains("<RecipientUserID>demo_ebay_seller</RecipientUserID>"));
      assertTrue(pushed.contains("<Title>Teapot</Title>"));
      assertTrue(item.contains("\"available\":2"));
    }
  }

  @Test
  void onlySubscribedEventsAreDeliveredAndOnlyWhileDeliveryIsEnabled() throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 1000)) {
      sim.list("carol_ebay", "{}");
      Thread.sleep(300);
      assertEquals(0, sim.received.size(), "no application URL set yet");

      sim.post(
          "/sim/api/sellers/carol_ebay/subscriptions",
          "application/json",
          "{\"events\":[\"ItemRevised\"],\"applicationUrl\":\"" + sim.webhook() + "\"}");
      String itemId = sim.firstItemId("carol_ebay");
      sim.post("/sim/api/items/" + itemId + "/purchase", "application/json", "{\"quantity\":1}");
      sim.post("/sim/api/items/" + itemId + "/revise", "application/json", "{\"price\":\"9.99\"}");

      List<String> pushed = sim.awaitReceived(1);
      Thread.sleep(300);
      assertEquals(1, sim.received.size(), "only ItemRevised is subscribed");
      assertTrue(
          pushed.get(0).contains("<NotificationEventName>ItemRevised</NotificationEventName>"));
    }
  }

  @Test
  void aVariationIsSoldAsEbayReportsItNamedInTheTransactionWithTheListingsTotals()
      throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 1000)) {
      sim.simulator.enableDemoDelivery(sim.webhook());
      sim.list(
          "demo_ebay_seller",
          "{\"title\":\"Tee\",\"sku\":\"TEE\",\"currency\":\"USD\",\"variations\":["
              + "{\"sku\":\"TEE-S\",\"specifics\":{\"Size\":\"S\"},\"quantity\":1,\"price\":\"12.00\"},"
              + "{\"specifics\":{\"Size\":\"M\"},\"quantity\":5,\"price\":\"14.00\"}]}");
      String itemId = sim.firstItemId("demo_ebay_seller");

      HttpResponse<String> sold =
          sim.post(
              "/sim/api/items/" + itemId + "/purchase",
              "application/json",
              "{\"quantity\":1,\"sku\":\"TEE-S\"}");
      sim.post(
          "/sim/api/items/" + itemId + "/purchase",
          "application/json",
          "{\"quantity\":2,\"specifics\":{\"Size\":\"M\"}}");
      HttpResponse<String> tooMany =
          sim.post(
              "/sim/api/items/" + itemId + "/purchase",
              "application/json",
              "{\"quantity\":1,\"sku\":\"TEE-S\"}");

      assertEquals(200, sold.statusCode(), sold.body());
      assertEquals(400, tooMany.statusCode(), "TEE-S is sold out: " + tooMany.body());
      // listed, 2 × (FixedPriceTransaction, checkout), in whatever order they are delivered
      List<String> pushed = sim.awaitReceived(5);
      String first = saleOf(pushed, "<Value>S</Value>");
      String transaction = first.substring(first.indexOf("<TransactionArray>"));
      assertTrue(transaction.contains("<Variation><SKU>TEE-S</SKU>"), transaction);
      assertTrue(transaction.contains("<Name>Size</Name><Value>S</Value>"), transaction);
      assertTrue(transaction.contains("<VariationTitle>Tee[S]</VariationTitle>"), transaction);
      assertTrue(transaction.contains("<TransactionPrice currencyID=\"USD\">12.00<"), transaction);
      String item = first.substring(first.indexOf("<Item>"), first.indexOf("</Item>"));
      assertFalse(item.contains("<Variations>"), "eBay sends the totals without the variations");
      assertTrue(
          item.contains("<Quantity>6</Quantity>") && item.contains("<QuantitySold>1<"), item);
      String second = saleOf(pushed, "<Value>M</Value>");
      assertFalse(second.contains("<SKU>"), "a SKU-less variation is named by its specifics");
      assertTrue(second.contains("<Name>Size</Name><Value>M</Value>"), second);
      String listed = sim.get("/sim/api/sellers/demo_ebay_seller/items").body();
      assertTrue(listed.contains("\"available\":3"), listed);
      assertTrue(
          listed.contains(
              "\"events\":[\"ItemListed\",\"FixedPriceTransaction\",\"AuctionCheckoutComplete\","
                  + "\"FixedPriceTransaction\",\"AuctionCheckoutComplete\"]"),
          "no ItemOutOfStock while 3 of M are left: " + listed);
    }
  }

  private static String saleOf(List<String> pushed, String variation) {
    return pushed.stream()
        .filter(p -> p.contains("<NotificationEventName>FixedPriceTransaction<"))
        .filter(p -> p.contains(variation))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no FixedPriceTransaction of " + variation));
  }

  @Test
  void aFailedDeliveryIsRetriedWithBackOff() throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 1000)) {
      sim.simulator.enableDemoDelivery(sim.webhook());
      sim.failuresToAnswer.set(2);

      sim.list("demo_ebay_seller", "{}");

      assertEquals(1, sim.awaitReceived(1).size());
      String usage = sim.awaitUsage("\"delivered\":1");
      assertTrue(usage.contains("\"delivered\":1") && usage.contains("\"errors\":0"), usage);
    }
  }

  @Test
  void consecutiveFailuresMarkTheApplicationDownAndUsageSaysSo() throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 3)) {
      sim.simulator.enableDemoDelivery(sim.webhook());
      sim.failuresToAnswer.set(100);

      sim.list("demo_ebay_seller", "{}");
      sim.awaitUsage("\"markedDown\":true"); // three failed deliveries mark it down
      sim.list("demo_ebay_seller", "{}");

      String usage = sim.awaitUsage("\"expired\":1");
      assertTrue(usage.contains("\"markedDown\":true"), usage);
      assertTrue(usage.contains("\"expired\":1"), usage);
      String token = sim.userToken("demo_ebay_seller");
      String history = sim.trading("GetNotificationsUsage", token, "").body();
      assertTrue(history.contains("<Type>MarkDown</Type>"), history);
    }
  }

  @Test
  void faultsDropDuplicateAndMissign() throws Exception {
    try (SimulatorHarness dropping =
        new SimulatorHarness(new Faults(1, 0, 0, Duration.ZERO, 0), 1000)) {
      dropping.simulator.enableDemoDelivery(dropping.webhook());
      dropping.list("demo_ebay_seller", "{}");
      Thread.sleep(300);
      assertEquals(0, dropping.received.size());
    }
    try (SimulatorHarness doubling =
        new SimulatorHarness(new Faults(0, 1, 0, Duration.ZERO, 1), 1000)) {
      doubling.simulator.enableDemoDelivery(doubling.webhook());
      doubling.list("demo_ebay_seller", "{}");
      List<String> pushed = doubling.awaitReceived(2);
      assertEquals(2, pushed.size());
      assertEquals(pushed.get(0), pushed.get(1));
      String timestamp = pushed.get(0).replaceAll("(?s).*<Timestamp>([^<]+)</Timestamp>.*", "$1");
      assertFalse(
          pushed.get(0).contains(SimulatorHarness.KEYSET.sign(timestamp)),
          "signed with a wrong CertID");
    }
  }

  @Test
  void aSuspensionIsPushedInTheLegacyFormatWithAHexSignature() throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 1000)) {
      sim.simulator.enableDemoDelivery(sim.webhook());
      sim.list("demo_ebay_seller", "{}");
      String itemId = sim.firstItemId("demo_ebay_seller");

      sim.post("/sim/api/items/" + itemId + "/suspend", "application/json", "{}");

      String legacy = sim.awaitReceived(2).get(1);
      assertTrue(
          legacy.contains("<ItemSuspended><ItemId>" + itemId + "</ItemId></ItemSuspended>"),
          legacy);
      assertTrue(legacy.matches("(?s).*NotificationSignature[^>]*>[0-9a-f]{32}<.*"));
      assertTrue(
          legacy.matches("(?s).*<EBayTime>\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z</EBayTime>.*"),
          "ISO-8601, as in eBay's sample: " + legacy);
    }
  }

  @Test
  void aListingWithVariationsIsPushedWithThemAndTheirQuantitiesSum() throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(Faults.NONE, 1000)) {
      sim.simulator.enableDemoDelivery(sim.webhook());

      String item =
          sim.list(
                  "demo_ebay_seller",
                  "{\"title\":\"Jeans\",\"variations\":[{\"sku\":\"J-32\",\"quantity\":2,\"price\":\"59.50\"},"
                      + "{\"sku\":\"J-34\",\"quantity\":1}]}")
              .body();

      assertTrue(item.contains("\"available\":3"), item);
      String pushed = sim.awaitReceived(1).get(0);
      assertTrue(pushed.contains("<Variation><SKU>J-32</SKU><StartPrice currencyID="), pushed);
      assertTrue(pushed.contains("<Quantity>3</Quantity>"));
    }
  }

  @Test
  void aReorderedNotificationArrivesAfterTheNextOne() throws Exception {
    try (SimulatorHarness sim = new SimulatorHarness(new Faults(0, 0, 1, Duration.ZERO, 0), 1000)) {
      sim.simulator.enableDemoDelivery(sim.webhook());
      sim.list("demo_ebay_seller", "{\"title\":\"First\"}");
      sim.list("demo_ebay_seller", "{\"title\":\"Second\"}");

      List<String> pushed = sim.awaitReceived(2);
      assertTrue(
          pushed.get(0).contains("<Title>Second</Title>"), "held back: the first arrives last");
      assertTrue(pushed.get(1).contains("<Title>First</Title>"));
    }
  }

  @Test
  void payloadsCanBeWrittenToFilesForALoadGenerator(@TempDir Path dir) throws Exception {
    SimConfig config = SimConfig.fromEnvironment(Map.of());

    EbaySimulator.writePayloads(config, dir, 3);

    try (var files = Files.list(dir)) {
      List<Path> written = files.toList();
      assertEquals(3, written.size());
      String payload = Files.readString(written.get(0));
      String timestamp = payload.replaceAll("(?s).*<Timestamp>([^<]+)</Timestamp>.*", "$1");
      assertTrue(payload.contains(Keyset.DEMO.sign(timestamp)));
    }
  }
}
