package com.qventory.sync.domain.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface InventoryRepository {

  /** The item and whether this call created it. */
  record Locked(InventoryItem item, boolean created) {}

  /**
   * Gives the seller's oldest hand-made item with this SKU and no listing yet the eBay item id, so
   * that the listing updates it instead of importing the goods twice. Decided by one conditional
   * UPDATE: two listings racing for one item cannot both take it.
   *
   * @return whether an item was linked
   */
  boolean linkHandMadeBySku(Long sellerId, String sku, String ebayItemId);

  void add(InventoryItem item);

  /**
   * The seller's item for an eBay listing, created if it does not exist, and locked until the
   * transaction ends: notifications about one listing are applied one at a time, on any node.
   */
  Locked lockOrCreate(Long sellerId, String ebayItemId, Instant now);

  /** The item for a listing, locked until the transaction ends, if there is one. */
  Optional<InventoryItem> lockIfExists(String ebayItemId);

  Optional<InventoryItem> findByEbayItemId(String ebayItemId);

  /**
   * Who holds the listing, read without loading the item: an item that is about to be changed must
   * be loaded first under its lock ({@link #lockIfExists}, {@link #lockOrCreate}), never before it,
   * or the transaction would hold a state that another one may have changed meanwhile.
   */
  Optional<Holder> holderOf(String ebayItemId);

  /** The item that holds a listing, and its seller. */
  record Holder(long itemId, long sellerId) {}

  Optional<InventoryItem> find(long id);

  /** The listing that relisted this one, if any: the next link of the relist chain. */
  Optional<InventoryItem> relistOf(long itemId);

  /** Records a sale unless (item, TransactionID) is already recorded; true when it was new. */
  boolean addSale(ItemSale sale);

  List<ItemSale> sales(long itemId);

  void addSyncEntry(ItemSyncEntry entry);

  List<ItemSyncEntry> syncHistory(long itemId);

  /**
   * A page of the matches ({@code limit} from {@code offset}) and how many match, counted only up
   * to {@code countLimit}.
   */
  Matches search(ItemFilter filter, int offset, int limit, int countLimit);

  /**
   * The matching items by id, {@code limit} of them after {@code afterId}: an export reads the
   * whole list this way, each chunk an index range, in whatever order the page showed.
   */
  List<InventoryItem> exportChunk(ItemFilter filter, long afterId, int limit);

  /** A page of items, and the matches counted (at most the count limit asked for). */
  record Matches(List<InventoryItem> items, long counted) {}

  /** Each item's first picture, in one query for a whole page (no N+1). */
  Map<Long, String> firstPictures(List<Long> itemIds);
}
