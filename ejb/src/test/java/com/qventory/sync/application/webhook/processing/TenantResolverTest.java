package com.qventory.sync.application.webhook.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qventory.sync.domain.inventory.InventoryItem;
import com.qventory.sync.domain.inventory.InventoryRepository;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.SellerRepository;
import com.qventory.sync.domain.webhook.PlatformNotification;
import com.qventory.sync.infrastructure.ebay.platform.PlatformNotificationReader;
import com.qventory.sync.testing.Fields;
import com.qventory.sync.testing.Fixtures;
import com.qventory.sync.testing.InMemoryInventory;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TenantResolverTest {

  private static final Instant NOW = Instant.parse("2026-11-27T18:00:00Z");

  private final EbayAccount alice =
      new EbayAccount(1L, "alice_ebay", "eias-alice", "tenant-alice", NOW);
  private final InventoryItem bobsItem = InMemoryInventory.ebayItem(2L, "110588001234", NOW);

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
    Map<String, String> all = new HashMap<>(values);
    all.put("RECIPIENT", recipient);
    return resolver().sellerOf(read(Fixtures.fill(fixture, all)));
  }

  private static PlatformNotification read(String payload) throws Exception {
    return new PlatformNotificationReader().read(payload, null);
  }

  private TenantResolver resolver() throws Exception {
    TenantResolver resolver = new TenantResolver();
    Fields.set(
        resolver,
        "sellers",
        fake(
            SellerRepository.class,
            Map.of(
                "findConnectedByEbayUserId",
                    id -> Optional.of(alice).filter(a -> a.getEbayUserId().equals(id)),
                "findConnectedByEiasToken",
                    token -> Optional.of(alice).filter(a -> a.getEiasToken().equals(token)),
                "findConnectedByExternalUserData",
                    data -> Optional.of(alice).filter(a -> a.getExternalUserData().equals(data)))));
    Fields.set(
        resolver,
        "inventory",
        fake(
            InventoryRepository.class,
            Map.of(
                "holderOf",
                id ->
                    Optional.of(bobsItem)
                        .filter(i -> i.getEbayItemId().equals(id))
                        .map(i -> new InventoryRepository.Holder(7L, i.getSellerId())))));
    return resolver;
  }

  /** A repository that answers only the one-argument queries the resolver asks. */
  private static <T> T fake(Class<T> type, Map<String, Function<Object, Object>> answers) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              Function<Object, Object> answer = answers.get(method.getName());
              if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
              }
              return answer.apply(args[0]);
            }));
  }
}
