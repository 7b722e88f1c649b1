package com.qventory.sync.infrastructure.ebay.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.infrastructure.ebay.platform.PlatformNotificationReader;
import com.qventory.sync.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Trading API answer's items are read by the same mapper as a notification's Item. */
class TradingAnswerTest {

  @Test
  void everyItemOfAnItemArrayIsReadLikeANotificationsItem() throws Exception {
    String notification = Fixtures.fill("item-listed-with-variations.xml", Map.of());
    String item =
        notification.substring(notification.indexOf("<Item>"), notification.indexOf("</Item>") + 7);
    String answer =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<GetSellerEventsResponse xmlns=\"urn:ebay:apis:eBLBaseComponents\">"
            + "<Timestamp>2026-11-27T18:40:00.000Z</Timestamp><Ack>Success</Ack>"
            + "<ItemArray>"
            + item
            + item.replace("110588001234", "110588009999")
            + "</ItemArray></GetSellerEventsResponse>";

    List<EbayListing> listings = TradingAnswer.listings(answer);

    EbayListing fromNotification =
        new PlatformNotificationReader().read(notification, null).listing().orElseThrow();
    assertEquals(
        List.of("110588001234", "110588009999"),
        listings.stream().map(EbayListing::itemId).toList());
    assertEquals(fromNotification, listings.get(0));
  }

  @Test
  void getItemsSingleItemIsRead() throws Exception {
    String answer =
        "<GetItemResponse xmlns=\"urn:ebay:apis:eBLBaseComponents\"><Ack>Success</Ack>"
            + "<Item><ItemID>1234</ItemID><Title>A &amp; B</Title><Seller><UserID>x</UserID></Seller></Item>"
            + "</GetItemResponse>";

    EbayListing listing = TradingAnswer.listings(answer).get(0);

    assertEquals("1234", listing.itemId());
    assertEquals("A & B", listing.title().orElseThrow());
  }
}
