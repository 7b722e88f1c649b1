package com.qventory.sync.infrastructure.ebay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.EbaySale;
import com.qventory.sync.domain.inventory.Money;
import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.PlatformNotification;
import com.qventory.sync.domain.webhook.PlatformNotification.Format;
import com.qventory.sync.testing.Fixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformNotificationReaderTest {

  private final PlatformNotificationReader reader = new PlatformNotificationReader();

  @Test
  void readsEverythingWeUseOfANewListing() throws Exception {
    PlatformNotification n =
        reader.read(Fixtures.fill("item-listed.xml", Map.of("SIGNATURE", "c2lnbmF0dXJl")), null);

    assertEquals(Format.MODERN, n.format());
    assertEquals("ItemListed", n.eventName());
    assertEquals(Optional.of("c2lnbmF0dXJl"), n.signature());
    assertEquals(Optional.of("2026-11-27T18:35:50.478Z"), n.timestampText());
    assertEquals(Optional.of(Instant.parse("2026-11-27T18:35:50.478Z")), n.ebayTimestamp());
    assertEquals(Optional.of("vintage_finds_co"), n.recipientUserId());
    assertTrue(n.eiasToken().isPresent());
    assertEquals(Optional.of("110588001234"), n.ebayItemId());
    EbayListing listing = n.listing().orElseThrow();
    assertEquals(Optional.of("Vintage Pyrex Butterprint Mixing Bowl 2.5 qt"), listing.title());
    assertEquals(Optional.of("PYR-BP-401"), listing.sku());
    assertEquals(Optional.of(new Money(new BigDecimal("34.99"), "USD")), listing.price());
    assertEquals(Optional.of(3), listing.available());
    assertEquals(Optional.of("Active"), listing.listingStatus());
    assertEquals(Optional.of("FixedPriceItem"), listing.listingType());
    assertEquals(Optional.of("https://www.ebay.com/itm/110588001234"), listing.viewItemUrl());
    assertEquals(2, listing.pictureUrls().size());
    assertEquals(Optional.of("Used"), listing.conditionName());
    assertEquals(Optional.of("20625"), listing.categoryId());
    assertEquals(Optional.of("Home & Garden:Kitchen:Bowls"), listing.categoryName());
    assertEquals(Optional.of(Instant.parse("2026-11-27T18:30:00Z")), listing.startTime());
    assertEquals(Optional.of(Instant.parse("2026-12-27T18:30:00Z")), listing.endTime());
    assertEquals(Optional.empty(), listing.relistParentItemId());
  }

  @Test
  void theItemsOwnSkuIsReadNotAVariationsAndVariationsSumTheAvailableQuantity() throws Exception {
    EbayListing listing =
        reader
            .read(Fixtures.fill("item-listed-with-variations.xml", Map.of()), null)
            .listing()
            .orElseThrow();

    assertEquals(Optional.of("LEVI-501"), listing.sku());
    assertEquals(2, listing.variations().size());
    assertEquals(Optional.of("LEVI-501-3232"), listing.variations().get(0).sku());
    assertEquals("32x32", listing.variations().get(0).specifics().values().get("Size"));
    assertEquals(Optional.of(3), listing.variations().get(0).available());
    assertEquals(
        Optional.of(new Money(new BigDecimal("62.00"), "USD")),
        listing.variations().get(1).price());
    assertEquals(Optional.of(5), listing.available());
  }

  @Test
  void aVariationSaleAsEbaySendsItNamesTheVariationByItsSkuSpecificsAndTitle() throws Exception {
    PlatformNotification notification =
        reader.read(Fixtures.fill("fixed-price-transaction-variation.xml", Map.of()), null);

    EbaySale sale = notification.sales().get(0);
    assertEquals(Optional.of("LEVI-501-3430"), sale.variationSku());
    assertEquals("Size: 34x30", sale.variationSpecifics().label());
    assertEquals(Optional.of("Levi's 501 Original Jeans[34x30]"), sale.variationTitle());
    assertEquals(Optional.of("kitchen_collector"), sale.buyerUserId());
    assertTrue(notification.listing().orElseThrow().variations().isEmpty());
    assertEquals(Optional.empty(), notification.listing().orElseThrow().sku());
  }

  @Test
  void aVariationWithoutSkuIsKeptAndKnownByItsSpecifics() throws Exception {
    String withoutSkus =
        Fixtures.fill("item-listed-with-variations.xml", Map.of())
            .replace("<SKU>LEVI-501-3232</SKU>", "")
            .replace("<SKU>LEVI-501-3430</SKU>", "");

    EbayListing listing = reader.read(withoutSkus, null).listing().orElseThrow();

    assertEquals(2, listing.variations().size());
    assertEquals(Optional.empty(), listing.variations().get(1).sku());
    assertEquals("Size: 34x30", listing.variations().get(1).specifics().label());
  }

  @Test
  void aRelistNamesItsPredecessor() throws Exception {
    EbayListing listing =
        reader
            .read(
                Fixtures.fill("item-listed-relist.xml", Map.of("RELIST_PARENT", "110500000042")),
                null)
            .listing()
            .orElseThrow();

    assertEquals(Optional.of("110500000042"), listing.relistParentItemId());
  }

  @Test
  void unicodeTitlesAndOtherCurrenciesSurviveAndBuyItNowPriceComesBeforeStartPrice()
      throws Exception {
    EbayListing listing =
        reader
            .read(Fixtures.fill("item-listed-unicode-eur.xml", Map.of()), null)
            .listing()
            .orElseThrow();

    assertEquals(Optional.of("Émaille-Kaffeekanne „Blümchen“ – 1950er ☕ 北欧"), listing.title());
    assertEquals(Optional.of(new Money(new BigDecimal("49.00"), "EUR")), listing.price());
  }

  @Test
  void readsTheSalesOfATransactionNotification() throws Exception {
    PlatformNotification n =
        reader.read(
            Fixtures.fill(
                "fixed-price-transaction.xml",
                Map.of("TRANSACTION_ID", "2801", "QUANTITY_PURCHASED", "2", "QUANTITY_SOLD", "2")),
            null);

    assertEquals("FixedPriceTransaction", n.eventName());
    List<EbaySale> sales = n.sales();
    assertEquals(1, sales.size());
    assertEquals("2801", sales.get(0).transactionId());
    assertEquals(2, sales.get(0).quantityPurchased());
    assertEquals(Optional.of("110588001234-2801"), sales.get(0).orderLineItemId());
    assertEquals(Optional.of("110588001234-2801"), sales.get(0).orderId(), "ContainingOrder");
    assertEquals(Optional.of(1), n.listing().orElseThrow().available());
  }

  @Test
  void readsTheLegacyItemSuspendedFormat() throws Exception {
    PlatformNotification n =
        reader.read(
            Fixtures.fill(
                "item-suspended-legacy.xml",
                Map.of(
                    "TIMESTAMP",
                    "2026-11-27 18:40:00",
                    "SIGNATURE",
                    "0f3a9c1d2b4e5f60718293a4b5c6d7e8")),
            null);

    assertEquals(Format.LEGACY, n.format());
    assertEquals("ItemSuspended", n.eventName());
    assertEquals(Optional.of("110588001234"), n.ebayItemId());
    assertEquals(Optional.of("0f3a9c1d2b4e5f60718293a4b5c6d7e8"), n.signature());
    assertEquals(Optional.of(Instant.parse("2026-11-27T18:40:00Z")), n.ebayTimestamp());
    assertEquals(Optional.empty(), n.listing());
    assertEquals(Optional.empty(), n.recipientUserId());
  }

  @Test
  void theBodysEventNameWinsAndTheSoapActionNamesTheRest() throws Exception {
    String listed = Fixtures.fill("item-listed.xml", Map.of());
    String nameless =
        listed.replace("<NotificationEventName>ItemListed</NotificationEventName>", "");

    assertEquals(
        "ItemListed",
        reader.read(listed, "\"https://developer.ebay.com/notification/ItemRevised\"").eventName());
    assertEquals(
        "ItemRevised",
        reader
            .read(nameless, "\"http://developer.ebay.com/notification/ItemRevised\"")
            .eventName());
    assertEquals(PlatformNotification.UNKNOWN_EVENT, reader.read(nameless, null).eventName());
  }

  @Test
  void soapActionsNameTheEventInTheirLastSegment() {
    assertEquals(
        Optional.of("ItemSold"),
        PlatformNotification.eventNameFromSoapAction(
            "\"https://developer.ebay.com/notification/ItemSold\""));
    assertEquals(Optional.empty(), PlatformNotification.eventNameFromSoapAction("\"\""));
    assertEquals(
        Optional.empty(),
        PlatformNotification.eventNameFromSoapAction("https://x/notification/<script>"));
  }

  @Test
  void aFieldThatIsNotANumberIsAbsentRatherThanLosingTheNotification() throws Exception {
    EbayListing listing =
        reader
            .read(Fixtures.fill("item-listed.xml", Map.of("QUANTITY", "three")), null)
            .listing()
            .orElseThrow();

    assertEquals(Optional.empty(), listing.quantity());
    assertEquals(Optional.of("PYR-BP-401"), listing.sku());
  }

  @Test
  void doctypesAreRefusedSoNoEntityIsEverExpanded() {
    assertThrows(
        MalformedNotificationException.class,
        () -> reader.read(Fixtures.fill("hostile-xxe.xml", Map.of()), null));
    assertThrows(
        MalformedNotificationException.class,
        () -> reader.read(Fixtures.fill("hostile-billion-laughs.xml", Map.of()), null));
  }

  @Test
  void nestingAndElementCountAreBounded() {
    PlatformNotificationReader strict =
        new PlatformNotificationReader(new PlatformNotificationReader.Limits(10, 100, 1000));
    String deep =
        Fixtures.fill("item-listed.xml", Map.of())
            .replace("<Title>", "<Title>" + "<a>".repeat(20) + "x" + "</a>".repeat(20) + "<b/>");
    String wide =
        Fixtures.fill("item-listed.xml", Map.of()).replace("<Ack>", "<x/>".repeat(200) + "<Ack>");

    assertThrows(MalformedNotificationException.class, () -> strict.read(deep, null));
    assertThrows(MalformedNotificationException.class, () -> strict.read(wide, null));
  }

  @Test
  void textThatIsNotASoapEnvelopeIsRefused() {
    assertThrows(
        MalformedNotificationException.class, () -> reader.read("ItemListed, please", null));
    assertThrows(
        MalformedNotificationException.class, () -> reader.read("<GetItemResponse/>", null));
  }
}
