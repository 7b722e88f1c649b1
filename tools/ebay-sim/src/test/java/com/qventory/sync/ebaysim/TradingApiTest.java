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
                    + now.plus(120, ChronoUnit.DAYS)
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

  private String preferences(String token, String level) throws Exception {
    return sim.trading(
            "GetNotificationPreferences", token, "<PreferenceLevel>" + level + "</PreferenceLevel>")
        .body();
  }
}
