package com.qventory.sync.application.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.application.inventory.ListingSync.ListingState;
import com.qventory.sync.application.inventory.ListingSync.Outcome;
import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.EbaySale;
import com.qventory.sync.domain.inventory.InventoryItem;
import com.qventory.sync.domain.inventory.ItemSyncEntry;
import com.qventory.sync.domain.inventory.ListingLinks;
import com.qventory.sync.domain.inventory.Money;
import com.qventory.sync.domain.inventory.SyncChange;
import com.qventory.sync.domain.inventory.SyncSource;
import com.qventory.sync.domain.seller.SellerNotification;
import com.qventory.sync.domain.seller.SellerRepository;
import com.qventory.sync.domain.webhook.PlatformNotification;
import com.qventory.sync.infrastructure.ebay.platform.PlatformNotificationReader;
import com.qventory.sync.testing.Fixtures;
import com.qventory.sync.testing.InMemoryInventory;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one listing-sync use case, without a container: every rule, for every source (a pushed
 * notification, reconciliation, the initial import).
 */
class ListingSyncTest {

  private static final Instant T1 = Instant.parse("2026-11-27T18:35:50.478Z");
  private static final Instant T2 = Instant.parse("2026-11-27T18:40:00Z");
  private static final Instant NOW = Instant.parse("2026-11-27T18:41:00Z");
  private static final long SELLER = 7;
  private static final long OTHER_SELLER = 8;
  private static final String ITEM = "110588001234";

  private final InMemoryInventory inventory = new InMemoryInventory();
  private final List<SellerNotification> bell = new ArrayList<>();
  private final List<String> pushed = new ArrayList<>();
  private final ListingSync sync = new ListingSync();

  ListingSyncTest() {
    sync.inventory = inventory;
    sync.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    sync.links = ListingLinks.EBAY_ONLY;
    sync.sellers =
        (SellerRepository)
            Proxy.newProxyInstance(
                SellerRepository.class.getClassLoader(),
                new Class<?>[] {SellerRepository.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("addNotification")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  bell.add((SellerNotification) args[0]);
                  return null;
                });
    sync.inventoryChanges =
        new InventoryChanges() {
          @Override
          public void afterCommit(long sellerId, long itemId, String eventName, boolean imported) {
            pushed.add(sellerId + ":" + itemId + ":" + eventName + ":" + imported);
          }
        };
  }

  @ParameterizedTest
  @EnumSource(SyncSource.class)
  void aNewListingBecomesAnItemRingsTheBellAndPushesLive(SyncSource source) throws Exception {
    ListingSync.Result result = sync.apply(SELLER, ITEM, state(source, "item-listed.xml", T1));

    assertEquals(Outcome.APPLIED, result.outcome());
    assertTrue(result.created());
    InventoryItem item = only();
    assertEquals("Vintage Pyrex Butterprint Mixing Bowl 2.5 qt", item.getTitle());
    assertEquals(3, item.getQuantityAvailable());
    ItemSyncEntry line = onlyHistoryLine(item);
    assertEquals(source, line.getSource());
    assertEquals(SyncChange.event(SyncChange.IMPORTED, source.name()), line.getChanges().get(0));
    assertEquals(1, bell.size());
    assertEquals(
        List.of(SELLER + ":" + item.getId() + ":" + line.getEventName() + ":true"), pushed);
  }

  @ParameterizedTest
  @EnumSource(SyncSource.class)
  void linksThatAreNotEbaysNeverReachTheItem(SyncSource source) throws Exception {
    ListingState given = state(source, "item-listed.xml", T1);
    EbayListing listing = given.listing().orElseThrow();
    ListingState hostile =
        new ListingState(
            given.source(),
            given.eventName(),
            given.webhookEventId(),
            given.ebayTime(),
            Optional.of(
                listing.withLinks(
                    Optional.of("javascript:alert(document.cookie)"),
                    List.of(
                        "https://evil.example/pixel.gif",
                        "https://i.ebayimg.com/images/g/pyrex/s-l1600.jpg"))),
            given.sales(),
            given.suspended());

    sync.apply(SELLER, ITEM, hostile);

    InventoryItem item = only();
    assertEquals(null, item.getViewItemUrl());
    assertEquals(
        List.of("https://i.ebayimg.com/images/g/pyrex/s-l1600.jpg"), item.getPictureUrls());
  }

  @ParameterizedTest
  @EnumSource(SyncSource.class)
  void aListingFirstSeenTakesOverTheHandMadeItemWithItsSku(SyncSource source) throws Exception {
    InventoryItem handMade =
        inventory.put(
            InventoryItem.handMade(
                SELLER, "Pyrex bowl", "PYR-BP-401", 1, new Money(BigDecimal.TEN, "USD"), NOW));

    sync.apply(SELLER, ITEM, state(source, "item-listed.xml", T1));

    assertSame(handMade, only());
    assertEquals(ITEM, handMade.getEbayItemId());
    assertEquals("Vintage Pyrex Butterprint Mixing Bowl 2.5 qt", handMade.getTitle());
    assertEquals(
        SyncChange.event(SyncChange.LINKED_BY_SKU, "PYR-BP-401"),
        onlyHistoryLine(handMade).getChanges().get(0));
    assertTrue(bell.isEmpty(), "the seller's own item is not news");
  }

  @ParameterizedTest
  @EnumSource(SyncSource.class)
  void aVariationSkuFindsTheHandMadeItemToo(SyncSource source) throws Exception {
    InventoryItem handMade =
        inventory.put(InventoryItem.handMade(SELLER, "Jeans 34x30", "LEVI-501-3430", 2, null, NOW));

    sync.apply(SELLER, ITEM, state(source, "item-listed-with-variations.xml", T1));

    assertSame(handMade, only());
    assertEquals(ITEM, handMade.getEbayItemId());
    assertEquals(2, handMade.getVariations().size());
  }

  @ParameterizedTest
  @EnumSource(SyncSource.class)
  void aRelistIsLinkedToTheListingItRelists(SyncSource source) throws Exception {
    sync.apply(
        SELLER,
        "110588001111",
        state(SyncSource.NOTIFICATION, "item-listed.xml", T1, Map.of("ITEM_ID", "110588001111")));

    sync.apply(
        SELLER,
        "110588002222",
        state(
            source,
            "item-listed-relist.xml",
            T2,
            Map.of("ITEM_ID", "110588002222", "RELIST_PARENT", "110588001111")));

    InventoryItem relist = inventory.findByEbayItemId("110588002222").orElseThrow();
    assertEquals("110588001111", relist.getRelistedFrom().getEbayItemId());
  }

  @Test
  void aRelistIsNeverLinkedToAnotherSellersListing() throws Exception {
    sync.apply(
        OTHER_SELLER,
        "110588001111",
        state(SyncSource.NOTIFICATION, "item-listed.xml", T1, Map.of("ITEM_ID", "110588001111")));

    sync.apply(
        SELLER,
        "110588002222",
        state(
            SyncSource.RECONCILIATION,
            "item-listed-relist.xml",
            T2,
            Map.of("ITEM_ID", "110588002222", "RELIST_PARENT", "110588001111")));

    assertNull(inventory.findByEbayItemId("110588002222").orElseThrow().getRelistedFrom());
  }

  @ParameterizedTest
  @EnumSource(SyncSource.class)
  void anotherSellersItemIsNeverTouched(SyncSource source) throws Exception {
    sync.apply(OTHER_SELLER, ITEM, state(SyncSource.NOTIFICATION, "item-listed.xml", T1));
    pushed.clear();

    ListingSync.Result result =
        sync.apply(SELLER, ITEM, state(source, "item-revised.xml", T2, Map.of("PRICE", "1.00")));

    assertEquals(Outcome.NOT_OWNER, result.outcome());
    assertEquals(Optional.of(new Money(new BigDecimal("34.99"), "USD")), only().getPrice());
    assertEquals(1, inventory.syncHistory(only().getId()).size());
    assertTrue(pushed.isEmpty());
  }

  @Test
  void theOwnerIsCheckedAfterTheLockWhenAnotherSellerCreatedTheItemMeanwhile() throws Exception {
    // The read before the lock finds nothing; by the time of the lock another seller's row exists.
    InMemoryInventory racing =
        new InMemoryInventory() {
          private boolean first = true;

          @Override
          public Optional<InventoryItem> lockIfExists(String ebayItemId) {
            if (first) {
              first = false;
              put(InMemoryInventory.ebayItem(OTHER_SELLER, ebayItemId, NOW));
              return Optional.empty();
            }
            return super.lockIfExists(ebayItemId);
          }
        };
    sync.inventory = racing;

    ListingSync.Result result =
        sync.apply(SELLER, ITEM, state(SyncSource.INITIAL_IMPORT, "item-listed.xml", T1));

    assertEquals(Outcome.NOT_OWNER, result.outcome());
    assertNull(racing.all().get(0).getTitle());
    assertTrue(racing.syncHistory(racing.all().get(0).getId()).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(SyncSource.class)
  void anOlderStateNeverOverwritesANewerOne(SyncSource source) throws Exception {
    sync.apply(
        SELLER,
        ITEM,
        state(SyncSource.NOTIFICATION, "item-revised.xml", T2, Map.of("PRICE", "29.99")));

    ListingSync.Result result =
        sync.apply(SELLER, ITEM, state(source, "item-revised.xml", T1, Map.of("PRICE", "19.99")));

    assertEquals(Outcome.STALE, result.outcome());
    assertEquals(Optional.of(new Money(new BigDecimal("29.99"), "USD")), only().getPrice());
  }

  @ParameterizedTest
  @EnumSource(SyncSource.class)
  void aPolledStateThatChangesNothingLeavesNoTraceButANotificationDoes(SyncSource source)
      throws Exception {
    sync.apply(SELLER, ITEM, state(SyncSource.NOTIFICATION, "item-listed.xml", T1));

    ListingSync.Result result = sync.apply(SELLER, ITEM, state(source, "item-listed.xml", T2));

    assertEquals(Outcome.UNCHANGED, result.outcome());
    int expectedLines = source == SyncSource.NOTIFICATION ? 2 : 1;
    assertEquals(expectedLines, inventory.syncHistory(only().getId()).size());
  }

  @Test
  void aSaleIsRecordedOnceAndCountedOnce() throws Exception {
    sync.apply(SELLER, ITEM, state(SyncSource.NOTIFICATION, "item-listed.xml", T1));
    ListingState sale =
        saleState("fixed-price-transaction.xml", T2, "2801", Map.of("QUANTITY_SOLD", "1"));
    ListingState sameSaleAgain =
        saleState(
            "auction-checkout-complete.xml",
            T2.plusSeconds(5),
            "2801",
            Map.of("QUANTITY_SOLD", "1"));

    sync.apply(SELLER, ITEM, sale);
    sync.apply(SELLER, ITEM, sameSaleAgain);

    assertEquals(1, inventory.sales(only().getId()).size());
    assertEquals(2, only().getQuantityAvailable());
  }

  @Test
  void anOlderSaleIsStillRecordedButLeavesTheQuantitiesOfTheNewerState() throws Exception {
    sync.apply(
        SELLER,
        ITEM,
        state(SyncSource.NOTIFICATION, "item-revised.xml", T2, Map.of("QUANTITY", "10")));

    ListingSync.Result result =
        sync.apply(SELLER, ITEM, saleState("fixed-price-transaction.xml", T1, "2801", Map.of()));

    assertEquals(Outcome.APPLIED, result.outcome());
    assertEquals(1, inventory.sales(only().getId()).size());
    assertEquals(10, only().getQuantityAvailable());
  }

  @Test
  void aSaleOfOneVariationAsEbaySendsItDecrementsThatVariationOnly() throws Exception {
    sync.apply(SELLER, ITEM, state(SyncSource.NOTIFICATION, "item-listed-with-variations.xml", T1));

    sync.apply(
        SELLER,
        ITEM,
        saleState(
            "fixed-price-transaction-variation.xml",
            T2,
            "2801",
            Map.of("QUANTITY", "6", "QUANTITY_SOLD", "2")));

    InventoryItem item = only();
    assertEquals(4, item.getQuantityAvailable());
    assertEquals(
        List.of(3, 1), item.getVariations().stream().map(v -> v.getQuantityAvailable()).toList());
    EbaySale recorded = sale("fixed-price-transaction-variation.xml", T2, "2801");
    assertEquals("LEVI-501-3430", recorded.variationSku().orElseThrow());
    assertEquals("34x30", recorded.variationSpecifics().values().get("Size"));
    assertEquals("LEVI-501-3430", inventory.sales(item.getId()).get(0).getVariationSku());
  }

  @Test
  void aDuplicateHasNoEffect() throws Exception {
    sync.apply(SELLER, ITEM, state(SyncSource.NOTIFICATION, "item-listed.xml", T1));

    ListingSync.Result result =
        sync.apply(
            SELLER,
            ITEM,
            state(SyncSource.NOTIFICATION, "item-revised.xml", T2, Map.of("PRICE", "1.00")),
            () -> false);

    assertEquals(Outcome.DUPLICATE, result.outcome());
    assertEquals(Optional.of(new Money(new BigDecimal("34.99"), "USD")), only().getPrice());
  }

  private InventoryItem only() {
    assertEquals(1, inventory.all().size(), "items: " + inventory.all().size());
    return inventory.all().get(0);
  }

  private ItemSyncEntry onlyHistoryLine(InventoryItem item) {
    List<ItemSyncEntry> lines = inventory.syncHistory(item.getId());
    assertEquals(1, lines.size());
    return lines.get(0);
  }

  private static ListingState state(SyncSource source, String fixture, Instant ebayTime)
      throws Exception {
    return state(source, fixture, ebayTime, Map.of());
  }

  /** The fixture's listing, as the source would bring it. */
  private static ListingState state(
      SyncSource source, String fixture, Instant ebayTime, Map<String, String> values)
      throws Exception {
    PlatformNotification notification = read(fixture, values);
    EbayListing listing = notification.listing().orElseThrow();
    return source == SyncSource.NOTIFICATION
        ? new ListingState(
            source, notification.eventName(), 99L, ebayTime, Optional.of(listing), List.of(), false)
        : ListingState.polled(source, listing, ebayTime);
  }

  private static ListingState saleState(
      String fixture, Instant ebayTime, String transactionId, Map<String, String> values)
      throws Exception {
    Map<String, String> all = new HashMap<>(values);
    all.put("TRANSACTION_ID", transactionId);
    PlatformNotification notification = read(fixture, all);
    return new ListingState(
        SyncSource.NOTIFICATION,
        notification.eventName(),
        99L,
        ebayTime,
        notification.listing(),
        notification.sales(),
        false);
  }

  private static EbaySale sale(String fixture, Instant ebayTime, String transactionId)
      throws Exception {
    return read(fixture, Map.of("TRANSACTION_ID", transactionId)).sales().get(0);
  }

  private static PlatformNotification read(String fixture, Map<String, String> values)
      throws Exception {
    return new PlatformNotificationReader().read(Fixtures.fill(fixture, values), null);
  }
}
