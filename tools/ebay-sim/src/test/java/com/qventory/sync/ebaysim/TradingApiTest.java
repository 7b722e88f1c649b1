package com.qventory.sync.ebaysim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TradingApiTest {

  private final SimulatorHarness sim;

  TradingApiTest() throws Exception {
    sim = new SimulatorHarness(Faults.NONE, 1000);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void getUserAnswersWhoTheTokenBelongsTo() throws Exception {
    String body = sim.trading("GetUser", sim.userToken("alice_ebay"), "").body();

    assertTrue(body.contains("<Ack>Success</Ack>"), body);
    assertTrue(body.contains("<UserID>alice_ebay</UserID>"));
    assertTrue(body.contains("<EIASToken>"));
  }

  @Test
  void badTokensAndUnknownCallsGetEbayShapedErrors() throws Exception {
    String invalid = sim.trading("GetUser", "not-a-token", "").body();
    String missing = sim.trading("GetUser", null, "").body();
    String unknown = sim.trading("AddItem", sim.userToken("alice_ebay"), "").body();

    assertTrue(
        invalid.contains("<Ack>Failure</Ack>")
            && invalid.contains("<ErrorCode>21916984</ErrorCode>"),
        invalid);
    assertTrue(missing.contains("<ErrorCode>931</ErrorCode>"), missing);
    assertTrue(unknown.contains("<ErrorCode>2</ErrorCode>"), unknown);
  }

  @Test
  void notificationPreferencesAreStoredAtEachLevelAndReadBack() throws Exception {
    String token = sim.userToken("alice_ebay");
    String set =
        sim.trading(
                "SetNotificationPreferences",
                token,
                "<ApplicationDeliveryPreferences><ApplicationURL>"
                    + sim.webhook()
                    + "</ApplicationURL>"
                    + "<ApplicationEnable>Enable</ApplicationEnable><DeviceType>Platform</DeviceType></ApplicationDeliveryPreferences>"
                    + "<UserDeliveryPreferenceArray><NotificationEnable><EventType>ItemListed</EventType><EventEnable>Enable</EventEnable></NotificationEnable>"
                    + "<NotificationEnable><EventType>ItemSold</EventType><EventEnable>Disable</EventEnable></NotificationEnable></UserDeliveryPreferenceArray>"
                    + "<UserData><ExternalUserData>tenant-42</ExternalUserData></UserData>")
            .body();

    assertTrue(set.contains("<Ack>Success</Ack>"), set);
    String application = preferences(token, "Application");
    assertTrue(
        application.contains("<ApplicationURL>" + sim.webhook() + "</ApplicationURL>"),
        application);
    assertTrue(application.contains("<ApplicationEnable>Enable</ApplicationEnable>"));
    String user = preferences(token, "User");
    assertTrue(
        user.contains("<EventType>ItemListed</EventType><EventEnable>Enable</EventEnable>"), user);
    assertTrue(user.contains("<EventType>ItemSold</EventType><EventEnable>Disable</EventEnable>"));
    assertTrue(
        preferences(token, "UserData").contains("<ExternalUserData>tenant-42</ExternalUserData>"));
    assertTrue(preferences(token, "Nope").contains("<Ack>Failure</Ack>"));
  }

  @Test
  void getItemGetSellerListAndGetSellerEventsSeeTheSellersListings() throws Exception {
    String token = sim.userToken("bob_ebay");
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> listed =
          sim.list(
              "bob_ebay",
              "{\"title\":\"Lamp " + i + "\",\"price\":\"12.50\",\"currency\":\"GBP\"}");
      assertEquals(201, listed.statusCode(), listed.body());
    }
    String itemId = sim.firstItemId("bob_ebay");
    Instant now = Instant.now();

    String item =
        sim.trading(
                "GetItem",
                token,
                "<ItemID>" + itemId + "</ItemID><DetailLevel>ReturnAll</DetailLevel>")
            .body();
    String page2 =
        sim.trading(
                "GetSellerList",
                token,
                "<EndTimeFrom>"
                    + now
                    + "</EndTimeFrom><EndTimeTo>"
                    + now.plus(119, ChronoUnit.DAYS)
                    + "</EndTimeTo>"
                    + "<Pagination><EntriesPerPage>2</EntriesPerPage><PageNumber>2</PageNumber></Pagination>")
            .body();
    String tooWide =
        sim.trading(
                "GetSellerList",
                token,
                "<EndTimeFrom>"
                    + now
                    + "</EndTimeFrom><EndTimeTo>"
                    + now.plus(121, ChronoUnit.DAYS)
                    + "</EndTimeTo>")
            .body();
    String events =
        sim.trading(
                "GetSellerEvents",
                token,
                "<ModTimeFrom>" + now.minusSeconds(600) + "</ModTimeFrom>")
            .body();
    String tooOld =
        sim.trading(
                "GetSellerEvents",
                token,
                "<ModTimeFrom>" + now.minus(49, ChronoUnit.HOURS) + "</ModTimeFrom>")
            .body();

    assertTrue(
        item.contains("<ItemID>" + itemId + "</ItemID>")
            && item.contains("currencyID=\"GBP\">12.50<"),
        item);
    assertTrue(
        page2.contains("<TotalNumberOfEntries>3</TotalNumberOfEntries>")
            && page2.contains("<TotalNumberOfPages>2</TotalNumberOfPages>"),
        page2);
    assertTrue(page2.contains("<HasMoreItems>false</HasMoreItems>"));
    assertEquals(1, page2.split("<Item>").length - 1);
    assertTrue(tooWide.contains("<Ack>Failure</Ack>"), tooWide);
    assertEquals(3, events.split("<Item>").length - 1, events);
    assertTrue(tooOld.contains("<ErrorCode>21919</ErrorCode>"), tooOld);
  }

  @Test
  void getItemStatesEachVariationsQuantitiesAfterARevisionAndASale() throws Exception {
    String token = sim.userToken("carol_ebay");
    sim.list(
        "carol_ebay",
        "{\"title\":\"Tee\",\"variations\":[{\"sku\":\"T-S\",\"quantity\":3},"
            + "{\"specifics\":{\"Size\":\"M\"},\"quantity\":5}]}");
    String itemId = sim.firstItemId("carol_ebay");

    HttpResponse<String> revised =
        sim.post(
            "/sim/api/items/" + itemId + "/revise",
            "application/json",
            "{\"variations\":[{\"sku\":\"T-S\",\"quantity\":4}]}");
    HttpResponse<String> listingQuantity =
        sim.post("/sim/api/items/" + itemId + "/revise", "application/json", "{\"quantity\":9}");
    sim.post(
        "/sim/api/items/" + itemId + "/purchase",
        "application/json",
        "{\"quantity\":2,\"specifics\":{\"Size\":\"M\"}}");
    String item =
        sim.trading(
                "GetItem",
                token,
                "<ItemID>" + itemId + "</ItemID><DetailLevel>ReturnAll</DetailLevel>")
            .body();

    assertEquals(200, revised.statusCode(), revised.body());
    assertEquals(400, listingQuantity.statusCode(), "a variation listing revises its variations");
    assertTrue(
        item.contains(
            "<Variation><SKU>T-S</SKU><Quantity>4</Quantity><SellingStatus><QuantitySold>0<"),
        item);
    assertTrue(
        item.contains(
            "<Quantity>5</Quantity><SellingStatus><QuantitySold>2</QuantitySold></SellingStatus>"
                + "<VariationSpecifics><NameValueList><Name>Size</Name><Value>M</Value>"),
        item);
    assertTrue(item.contains("<Quantity>9</Quantity>") && item.contains("<QuantitySold>2<"), item);
  }

  private String preferences(String token, String level) throws Exception {
    return sim.trading(
            "GetNotificationPreferences", token, "<PreferenceLevel>" + level + "</PreferenceLevel>")
        .body();
  }
}
