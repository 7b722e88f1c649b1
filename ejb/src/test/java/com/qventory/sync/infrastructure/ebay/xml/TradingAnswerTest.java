package com.qventory.sync.infrastructure.ebay.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.EbaySale;
import com.qventory.sync.domain.seller.EbayOrders.OrderLine;
import com.qventory.sync.infrastructure.ebay.platform.PlatformNotificationReader;
import com.qventory.sync.testing.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  @Test
  void getOrdersLinesAreReadLikeANotificationsTransactions() throws Exception {
    String notification = Fixtures.fill("fixed-price-transaction-variation.xml", Map.of());
    String transactions =
        notification.substring(
            notification.indexOf("<TransactionArray>"),
            notification.indexOf("</TransactionArray>") + "</TransactionArray>".length());
    String answer =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<GetOrdersResponse xmlns=\"urn:ebay:apis:eBLBaseComponents\">"
            + "<Ack>Success</Ack><OrderArray><Order><OrderID>110588001234-2801</OrderID>"
            + transactions.replace(
                "<Transaction>", "<Transaction><Item><ItemID>110588001234</ItemID></Item>")
            // a transaction without a quantity is no sale, whichever call it comes in
            + "<TransactionArray><Transaction><Item><ItemID>110588001234</ItemID></Item>"
            + "<TransactionID>2809</TransactionID></Transaction></TransactionArray>"
            + "</Order></OrderArray></GetOrdersResponse>";

    List<OrderLine> lines = TradingAnswer.orderLines(answer);

    EbaySale fromNotification =
        new PlatformNotificationReader().read(notification, null).sales().get(0);
    assertEquals(1, lines.size(), lines.toString());
    assertEquals("110588001234", lines.get(0).itemId());
    EbaySale sale = lines.get(0).sale();
    assertEquals(fromNotification.transactionId(), sale.transactionId());
    assertEquals(fromNotification.quantityPurchased(), sale.quantityPurchased());
    assertEquals(fromNotification.price(), sale.price());
    assertEquals(fromNotification.variationSku(), sale.variationSku());
    assertEquals(fromNotification.variationSpecifics(), sale.variationSpecifics());
    assertEquals(
        fromNotification.orderId().or(() -> Optional.of("110588001234-2801")), sale.orderId());
  }
}
