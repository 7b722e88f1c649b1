package com.qventory.sync.testing;

import com.qventory.sync.domain.inventory.InventoryItem;
import com.qventory.sync.domain.inventory.InventoryRepository;
import com.qventory.sync.domain.inventory.ItemFilter;
import com.qventory.sync.domain.inventory.ItemSale;
import com.qventory.sync.domain.inventory.ItemSyncEntry;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The inventory repository's contract in memory, for use cases tested without a container: one item
 * per eBay item id, hand-made items linked by SKU, sales once per (item, TransactionID).
 */
public class InMemoryInventory implements InventoryRepository {

  private final Map<Long, InventoryItem> items = new LinkedHashMap<>();
  private final Set<String> saleKeys = new HashSet<>();
  private final List<ItemSale> sales = new ArrayList<>();
  private final List<ItemSyncEntry> history = new ArrayList<>();
  private long nextId = 1;

  /**
   * A listing's item as the repository's upsert first writes it ({@code lockOrCreate}): the only
   * definition is that SQL, which the integration tests run against PostgreSQL; this is its row as
   * JPA would load it.
   */
  public static InventoryItem ebayItem(Long sellerId, String ebayItemId, Instant now) {
    try {
      Constructor<InventoryItem> jpa = InventoryItem.class.getDeclaredConstructor();
      jpa.setAccessible(true);
      InventoryItem item = jpa.newInstance();
      Fields.set(item, "sellerId", sellerId);
      Fields.set(item, "ebayItemId", ebayItemId);
      Fields.set(item, "syncedFromEbay", true);
      Fields.set(item, "notes", InventoryItem.IMPORTED_NOTE);
      Fields.set(item, "createdAt", now);
      Fields.set(item, "updatedAt", now);
      return item;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Puts an item in as the database holds it (e.g. another seller's). */
  public InventoryItem put(InventoryItem item) {
    add(item);
    return item;
  }

  @Override
  public boolean linkHandMadeBySku(Long sellerId, String sku, String ebayItemId) {
    Optional<InventoryItem> handMade =
        items.values().stream()
            .filter(i -> i.getSellerId().equals(sellerId))
            .filter(i -> sku.equals(i.getSku()) && i.getEbayItemId() == null)
            .min(Comparator.comparing(InventoryItem::getId));
    handMade.ifPresent(
        item -> {
          Fields.set(item, "ebayItemId", ebayItemId);
          Fields.set(item, "syncedFromEbay", true);
        });
    return handMade.isPresent();
  }

  @Override
  public void add(InventoryItem item) {
    Fields.set(item, "id", nextId++);
    items.put(item.getId(), item);
  }

  @Override
  public Locked lockOrCreate(Long sellerId, String ebayItemId, Instant now) {
    Optional<InventoryItem> known = findByEbayItemId(ebayItemId);
    if (known.isPresent()) {
      return new Locked(known.get(), false);
    }
    return new Locked(put(ebayItem(sellerId, ebayItemId, now)), true);
  }

  @Override
  public Optional<InventoryItem> findByEbayItemId(String ebayItemId) {
    return items.values().stream().filter(i -> ebayItemId.equals(i.getEbayItemId())).findFirst();
  }

  @Override
  public Optional<InventoryItem> lockIfExists(String ebayItemId) {
    return findByEbayItemId(ebayItemId);
  }

  @Override
  public Optional<Holder> holderOf(String ebayItemId) {
    return findByEbayItemId(ebayItemId).map(i -> new Holder(i.getId(), i.getSellerId()));
  }

  @Override
  public Optional<InventoryItem> find(long id) {
    return Optional.ofNullable(items.get(id));
  }

  @Override
  public Optional<InventoryItem> relistOf(long itemId) {
    return items.values().stream()
        .filter(i -> i.getRelistedFrom() != null && i.getRelistedFrom().getId() == itemId)
        .findFirst();
  }

  @Override
  public boolean addSale(ItemSale sale) {
    if (!saleKeys.add(sale.getItemId() + "|" + sale.getTransactionId())) {
      return false;
    }
    sales.add(sale);
    return true;
  }

  @Override
  public List<ItemSale> sales(long itemId) {
    return sales.stream().filter(s -> s.getItemId() == itemId).toList();
  }

  @Override
  public void addSyncEntry(ItemSyncEntry entry) {
    history.add(entry);
  }

  @Override
  public List<ItemSyncEntry> syncHistory(long itemId) {
    return history.stream().filter(e -> e.getItemId() == itemId).toList();
  }

  public List<InventoryItem> all() {
    return List.copyOf(items.values());
  }

  @Override
  public Matches search(ItemFilter filter, int offset, int limit, int countLimit) {
    throw new UnsupportedOperationException("search");
  }

  @Override
  public List<InventoryItem> exportChunk(ItemFilter filter, long afterId, int limit) {
    throw new UnsupportedOperationException("exportChunk");
  }

  @Override
  public Map<Long, String> firstPictures(List<Long> itemIds) {
    throw new UnsupportedOperationException("firstPictures");
  }
}
