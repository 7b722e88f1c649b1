package com.qventory.sync.domain.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.infrastructure.ebay.platform.PlatformNotificationReader;
import com.qventory.sync.testing.Fixtures;
import com.qventory.sync.testing.InMemoryInventory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InventoryItemTest {

  private static final Instant T1 = Instant.parse("2026-11-27T18:35:50.478Z");
  private static final Instant T2 = Instant.parse("2026-11-27T18:40:00Z");
  private static final Instant T3 = Instant.parse("2026-11-27T18:45:00Z");
  private static final Instant NOW = Instant.parse("2026-11-27T18:41:00Z");

  @Test
  void aListingFillsTheItemAndSaysWhatChanged() throws Exception {
    InventoryItem item = InMemoryInventory.ebayItem(7L, "110588001234", NOW);
    SyncChanges changes = new SyncChanges();

    item.applyListing(listing("item-listed.xml", Map.of()), T1, NOW, changes);

    assertEquals("Vintage Pyrex Butterprint Mixing Bowl 2.5 qt", item.getTitle());
    assertEquals(Optional.of(new Money(new BigDecimal("34.99"), "USD")), item.getPrice());
    assertEquals(3, item.getQuantityAvailable());
    assertEquals("Active", item.getListingStatus());
    assertEquals(2, item.getPictureUrls().size());
    assertTrue(item.isSyncedFromEbay());
    assertEquals(InventoryItem.IMPORTED_NOTE, item.getNotes());
    assertEquals(T1, item.getLastEbayTimestamp());
    assertTrue(
        changes.list().contains(new SyncChange("price", null, "34.99 USD")), changes.toString());
  }

  @Test
  void olderStateIsNeverAcceptedNewerAndEqualAre() throws Exception {
    InventoryItem item = InMemoryInventory.ebayItem(7L, "110588001234", NOW);
    item.applyListing(listing("item-listed.xml", Map.of()), T2, NOW, new SyncChanges());

    assertFalse(item.acceptsStateFrom(T1));
    assertTrue(item.acceptsStateFrom(T2));
    assertTrue(item.acceptsStateFrom(T2.plusMillis(1)));
  }

  @Test
  void aRevisionChangesOnlyWhatItStatesAndTheHistorySaysSo() throws Exception {
    InventoryItem item = InMemoryInventory.ebayItem(7L, "110588001234", NOW);
    item.applyListing(listing("item-listed.xml", Map.of()), T1, NOW, new SyncChanges());
    SyncChanges changes = new SyncChanges();

    item.applyListing(
        listing("item-revised.xml", Map.of("PRICE", "29.5", "QUANTITY", "5")), T2, NOW, changes);

    assertEquals(Optional.of(new Money(new BigDecimal("29.5"), "USD")), item.getPrice());
    assertEquals(5, item.getQuantityAvailable());
    assertEquals("PYR-BP-401", item.getSku());
    assertEquals(
        List.of(
            new SyncChange("price", "34.99 USD", "29.5 USD"),
            new SyncChange("quantity", "3", "5"),
            new SyncChange("available", "3", "5")),
        changes.list());
  }

  @Test
  void aSaleWithoutStatedQuantitiesCountsDown() throws Exception {
    InventoryItem item = InMemoryInventory.ebayItem(7L, "110588001234", NOW);
    item.applyListing(listing("item-listed.xml", Map.of()), T1, NOW, new SyncChanges());

    item.sold(sale("2801", 2, null, VariationSpecifics.NONE), true, T2, NOW, new SyncChanges());

    assertEquals(1, item.getQuantityAvailable());
    assertEquals(2, item.getQuantitySold());
    assertEquals(T2, item.getLastEbayTimestamp());
  }

  @Test
  void aSaleOfOneVariationCountsAgainstThatVariationAndTheListingsTotal() throws Exception {
    InventoryItem item = jeans(T1); // 32x32: 4, 1 sold · 34x30: 2, none sold → 5 available

    item.sold(
        sale("2801", 1, "LEVI-501-3430", VariationSpecifics.NONE),
        false,
        T2,
        NOW,
        new SyncChanges());

    assertEquals(3, variation(item, "LEVI-501-3232").getQuantityAvailable());
    assertEquals(1, variation(item, "LEVI-501-3430").getQuantityAvailable());
    assertEquals(4, item.getQuantityAvailable());
    assertEquals(2, item.getQuantitySold());
  }

  @Test
  void aSaleThatAVariationsLaterStateAlreadyIncludesIsNotCountedTwice() throws Exception {
    InventoryItem item = jeans(T3);

    item.sold(
        sale("2801", 1, "LEVI-501-3430", VariationSpecifics.NONE),
        false,
        T2,
        NOW,
        new SyncChanges());

    assertEquals(2, variation(item, "LEVI-501-3430").getQuantityAvailable());
    assertEquals(5, item.getQuantityAvailable());
  }

  @Test
  void aVariationWithoutSkuIsKnownByItsSpecifics() throws Exception {
    InventoryItem item = jeans(T1);
    VariationSpecifics size = VariationSpecifics.of(Map.of("Size", "34x30"));

    item.sold(sale("2801", 2, null, size), false, T2, NOW, new SyncChanges());

    assertEquals(0, variation(item, "LEVI-501-3430").getQuantityAvailable());
    assertEquals(3, item.getQuantityAvailable());
  }

  @Test
  void aPartialVariationListLeavesTheOthersAsTheyWere() throws Exception {
    InventoryItem item = jeans(T1);
    EbayListing partial = revisedWithOnly3232(false);

    item.applyListing(partial, T2, NOW, new SyncChanges());

    assertEquals(2, item.getVariations().size());
    assertEquals(1, variation(item, "LEVI-501-3232").getQuantityAvailable());
    assertEquals(2, variation(item, "LEVI-501-3430").getQuantityAvailable());
    assertEquals(3, item.getQuantityAvailable());
  }

  @Test
  void aFullVariationListDropsTheVariationsItNoLongerNames() throws Exception {
    InventoryItem item = jeans(T1);
    EbayListing revised = revisedWithOnly3232(true);
    SyncChanges changes = new SyncChanges();

    item.applyListing(revised, T2, NOW, changes);

    assertEquals(
        List.of("LEVI-501-3232"),
        item.getVariations().stream().map(ItemVariation::getSku).toList());
    assertEquals(1, item.getQuantityAvailable());
    assertTrue(
        changes.list().stream()
            .anyMatch(
                c ->
                    c.getField().startsWith("variation ")
                        && c.getField().endsWith("(LEVI-501-3430)")
                        && c.getAfter().equals("deleted")),
        changes.list().toString());
  }

  @Test
  void aSuspensionSetsOurStatus() throws Exception {
    InventoryItem item = InMemoryInventory.ebayItem(7L, "110588001234", NOW);

    item.suspended(T1, NOW, new SyncChanges());

    assertEquals(InventoryItem.SUSPENDED, item.getListingStatus());
  }

  /** A revision stating only the 32x32 jeans (4, 3 sold), as a full or a partial list. */
  private static EbayListing revisedWithOnly3232(boolean complete) throws Exception {
    EbayVariation onlyOne =
        new EbayVariation(
            Optional.of("LEVI-501-3232"),
            VariationSpecifics.NONE,
            Optional.of(4),
            Optional.of(3),
            Optional.empty());
    return withVariations(listing("item-revised.xml", Map.of()), List.of(onlyOne), complete);
  }

  private static InventoryItem jeans(Instant at) throws Exception {
    InventoryItem item = InMemoryInventory.ebayItem(7L, "110588001234", NOW);
    item.applyListing(
        listing("item-listed-with-variations.xml", Map.of()), at, NOW, new SyncChanges());
    assertEquals(5, item.getQuantityAvailable());
    return item;
  }

  private static ItemVariation variation(InventoryItem item, String sku) {
    return item.getVariations().stream()
        .filter(v -> sku.equals(v.getSku()))
        .findFirst()
        .orElseThrow();
  }

  static EbaySale sale(
      String transactionId, int quantity, String variationSku, VariationSpecifics specifics) {
    return new EbaySale(
        transactionId,
        quantity,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of("buyer_1"),
        Optional.ofNullable(variationSku),
        specifics,
        Optional.empty());
  }

  static EbayListing withVariations(
      EbayListing l, List<EbayVariation> variations, boolean complete) {
    return new EbayListing(
        l.itemId(),
        l.title(),
        l.sku(),
        l.quantity(),
        l.quantitySold(),
        l.price(),
        l.listingStatus(),
        l.listingType(),
        l.viewItemUrl(),
        l.pictureUrls(),
        l.conditionId(),
        l.conditionName(),
        l.categoryId(),
        l.categoryName(),
        l.startTime(),
        l.endTime(),
        l.relistParentItemId(),
        variations,
        complete);
  }

  @Test
  void aListingWithVariationsCostsWhatItsVariationsCostNotItsListingLevelPrice() throws Exception {
    InventoryItem item = InMemoryInventory.ebayItem(7L, "110588001234", NOW);

    item.applyListing(
        listing("item-listed-with-variations.xml", Map.of("PRICE", "148.88")),
        T1,
        NOW,
        new SyncChanges());

    assertEquals(Optional.of(new Money(new BigDecimal("59.50"), "USD")), item.getPrice());
    assertEquals(
        Optional.of(
            List.of(
                new Money(new BigDecimal("59.50"), "USD"),
                new Money(new BigDecimal("62.00"), "USD"))),
        item.getPriceRange());
  }

  private static EbayListing listing(String fixture, Map<String, String> values) throws Exception {
    return new PlatformNotificationReader()
        .read(Fixtures.fill(fixture, values), null)
        .listing()
        .orElseThrow();
  }
}
