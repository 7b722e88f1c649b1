package com.qventory.sync.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qventory.sync.domain.inventory.InventoryItem;
import com.qventory.sync.domain.inventory.InventoryRepository;
import com.qventory.sync.domain.inventory.ItemFilter;
import com.qventory.sync.domain.inventory.ItemSale;
import com.qventory.sync.domain.inventory.ItemSyncEntry;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.SellerNotification;
import com.qventory.sync.domain.seller.SellerRepository;
import com.qventory.sync.domain.webhook.PlatformNotification;
import com.qventory.sync.infrastructure.ebay.platform.PlatformNotificationReader;
import com.qventory.sync.testing.Fixtures;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantResolverTest {

  private static final Instant NOW = Instant.parse("2026-11-27T18:00:00Z");

  private final EbayAccount alice =
      new EbayAccount(1L, "alice_ebay", "eias-alice", "tenant-alice", NOW);
  private final InventoryItem bobsItem = InventoryItem.importedFromEbay(2L, "110588001234", NOW);

  @Test
  void theRecipientUserIdNamesTheSeller() throws Exception {
    assertEquals(Optional.of(1L), resolve("item-listed.xml", "alice_ebay", Map.of()));
  }

  @Test
  void theEiasTokenAndThenTheExternalUserDataAreTheFallbacks() throws Exception {
    String listed = Fixtures.fill("item-listed.xml", Map.of("RECIPIENT", "renamed_user"));
    String byEias =
        listed.replaceAll("<EIASToken>[^<]*</EIASToken>", "<EIASToken>eias-alice</EIASToken>");
    String byTenantKey =
        listed.replace(
            "<EIASToken>", "<ExternalUserData>tenant-alice</ExternalUserData><EIASToken>");

    assertEquals(Optional.of(1L), resolver().sellerOf(read(byEias)));
    assertEquals(Optional.of(1L), resolver().sellerOf(read(byTenantKey)));
  }

  @Test
  void aRecipientWeDoNotKnowIsNobodyEvenIfTheListingIsKnown() throws Exception {
    assertEquals(Optional.empty(), resolve("item-listed.xml", "stranger", Map.of()));
  }

  @Test
  void aNotificationThatNamesNoOneBelongsToTheListingsOwner() throws Exception {
    PlatformNotification legacy =
        read(
            Fixtures.fill("item-suspended-legacy.xml", Map.of("TIMESTAMP", "2026-11-27 18:40:00")));

    assertEquals(Optional.of(2L), resolver().sellerOf(legacy));
  }

  private Optional<Long> resolve(String fixture, String recipient, Map<String, String> values)
      throws Exception {
    Map<String, String> all = new java.util.HashMap<>(values);
    all.put("RECIPIENT", recipient);
    return resolver().sellerOf(read(Fixtures.fill(fixture, all)));
  }

  private static PlatformNotification read(String payload) throws Exception {
    return new PlatformNotificationReader().read(payload, null);
  }

  private TenantResolver resolver() throws Exception {
    TenantResolver resolver = new TenantResolver();
    inject(resolver, "sellers", new Sellers());
    inject(resolver, "inventory", new Inventory());
    return resolver;
  }

  private static void inject(Object target, String field, Object value) throws Exception {
    Field f = target.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }

  private final class Sellers implements SellerRepository {
    @Override
    public Optional<EbayAccount> findConnectedByEbayUserId(String id) {
      return Optional.of(alice).filter(a -> a.getEbayUserId().equals(id));
    }

    @Override
    public Optional<EbayAccount> findConnectedByEiasToken(String token) {
      return Optional.of(alice).filter(a -> a.getEiasToken().equals(token));
    }

    @Override
    public Optional<EbayAccount> findConnectedByExternalUserData(String data) {
      return Optional.of(alice).filter(a -> a.getExternalUserData().equals(data));
    }

    @Override
    public Optional<EbayAccount> findBySellerId(long sellerId) {
      return Optional.empty();
    }

    @Override
    public Optional<EbayAccount> findByEbayUserId(String ebayUserId) {
      return Optional.empty();
    }

    @Override
    public void addAccount(EbayAccount account) {}

    @Override
    public void addNotification(SellerNotification notification) {}
  }

  private final class Inventory implements InventoryRepository {
    @Override
    public Optional<InventoryItem> findByEbayItemId(String ebayItemId) {
      return Optional.of(bobsItem).filter(i -> i.getEbayItemId().equals(ebayItemId));
    }

    @Override
    public Locked lockOrCreate(Long sellerId, String ebayItemId, Instant now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<InventoryItem> find(long id) {
      return Optional.empty();
    }

    @Override
    public boolean addSale(ItemSale sale) {
      return false;
    }

    @Override
    public List<ItemSale> sales(long itemId) {
      return List.of();
    }

    @Override
    public void addSyncEntry(ItemSyncEntry entry) {}

    @Override
    public List<ItemSyncEntry> syncHistory(long itemId) {
      return List.of();
    }

    @Override
    public List<InventoryItem> search(ItemFilter filter, int offset, int limit) {
      return List.of();
    }

    @Override
    public long count(ItemFilter filter) {
      return 0;
    }
  }
}
