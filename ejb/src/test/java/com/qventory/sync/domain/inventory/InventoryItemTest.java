package com.qventory.sync.domain.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.infrastructure.ebay.platform.PlatformNotificationReader;
import com.qventory.sync.testing.Fixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InventoryItemTest {

  private static final Instant T1 = Instant.parse("2026-11-27T18:35:50.478Z");
  private static final Instant T2 = Instant.parse("2026-11-27T18:40:00Z");
  private static final Instant NOW = Instant.parse("2026-11-27T18:41:00Z");

  @Test
  void aListingFillsTheItemAndSaysWhatChanged() throws Exception {
    InventoryItem item = InventoryItem.importedFromEbay(7L, "110588001234", NOW);

    List<String> changes = item.applyListing(listing("item-listed.xml", Map.of()), T1, NOW);

    assertEquals("Vintage Pyrex Butterprint Mixing Bowl 2.5 qt", item.getTitle());
    assertEquals(Optional.of(new Money(new BigDecimal("34.99"), "USD")), item.getPrice());
    assertEquals(3, item.getQuantityAvailable());
    assertEquals("Active", item.getListingStatus());
    assertEquals(2, item.getPictureUrls().size());
    assertTrue(item.isSyncedFromEbay());
    assertEquals(InventoryItem.IMPORTED_NOTE, item.getNotes());
    assertEquals(T1, item.getLastEbayTimestamp());
    assertTrue(changes.contains("price: — → 34.99 USD"), changes.toString());
  }

  @Test
  void olderStateIsNeverAcceptedNewerAndEqualAre() throws Exception {
    InventoryItem item = InventoryItem.importedFromEbay(7L, "110588001234", NOW);
    item.applyListing(listing("item-listed.xml", Map.of()), T2, NOW);

    assertFalse(item.acceptsStateFrom(T1));
    assertTrue(item.acceptsStateFrom(T2));
    assertTrue(item.acceptsStateFrom(T2.plusMillis(1)));
  }

  @Test
  void aRevisionChangesOnlyWhatItStatesAndTheHistorySaysSo() throws Exception {
    InventoryItem item = InventoryItem.importedFromEbay(7L, "110588001234", NOW);
    item.applyListing(listing("item-listed.xml", Map.of()), T1, NOW);

    List<String> changes =
        item.applyListing(
            listing("item-revised.xml", Map.of("PRICE", "29.5", "QUANTITY", "5")), T2, NOW);

    assertEquals(Optional.of(new Money(new BigDecimal("29.5"), "USD")), item.getPrice());
    assertEquals(5, item.getQuantityAvailable());
    assertEquals("PYR-BP-401", item.getSku());
    assertEquals(
        List.of("price: 34.99 USD → 29.5 USD", "quantity: 3 → 5", "available: 3 → 5"), changes);
  }

  @Test
  void aSaleWithoutStatedQuantitiesCountsDown() throws Exception {
    InventoryItem item = InventoryItem.importedFromEbay(7L, "110588001234", NOW);
    item.applyListing(listing("item-listed.xml", Map.of()), T1, NOW);

    item.sold(2, T2, NOW);

    assertEquals(1, item.getQuantityAvailable());
    assertEquals(2, item.getQuantitySold());
    assertEquals(T2, item.getLastEbayTimestamp());
  }

  @Test
  void aSuspensionSetsOurStatus() throws Exception {
    InventoryItem item = InventoryItem.importedFromEbay(7L, "110588001234", NOW);

    item.suspended(T1, NOW);

    assertEquals(InventoryItem.SUSPENDED, item.getListingStatus());
  }

  private static EbayListing listing(String fixture, Map<String, String> values) throws Exception {
    return new PlatformNotificationReader()
        .read(Fixtures.fill(fixture, values), null)
        .listing()
        .orElseThrow();
  }
}
