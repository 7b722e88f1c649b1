package com.qventory.sync.application.inventory;

import com.qventory.sync.application.Page;
import com.qventory.sync.application.identity.Callers;
import com.qventory.sync.domain.inventory.InventoryItem;
import com.qventory.sync.domain.inventory.InventoryRepository;
import com.qventory.sync.domain.inventory.ItemFilter;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The caller's own inventory, read-only. Isolation lives here, not in the callers: every query is
 * narrowed to the seller who is logged in, and another seller's item simply does not exist.
 */
@Stateless
@RolesAllowed({"seller", "admin"})
public class InventoryQueries {

  @Inject private InventoryRepository inventory;

  @Resource private EJBContext context;

  @Inject private Callers callers;

  public Page<InventoryViews.ItemSummary> items(
      Optional<String> ebayItemId,
      Optional<String> sku,
      Optional<String> status,
      Optional<String> text,
      int page,
      int size) {
    ItemFilter filter =
        new ItemFilter(
            callerId(),
            ebayItemId,
            sku,
            status,
            text,
            Optional.empty(),
            ItemFilter.Sort.UPDATED,
            false);
    InventoryRepository.Matches matches = search(filter, page, size);
    return Page.countedUpToLimit(
        matches.items().stream().map(InventoryViews.ItemSummary::of).toList(),
        Math.max(page, 0),
        Page.clampSize(size),
        matches.counted());
  }

  /** The inventory table: searched, filtered, sorted and paged in the database. */
  public Page<InventoryRow> table(
      Optional<String> text,
      Optional<String> status,
      Optional<Boolean> synced,
      ItemFilter.Sort sort,
      boolean ascending,
      int page,
      int size) {
    ItemFilter filter =
        new ItemFilter(
            callerId(), Optional.empty(), Optional.empty(), status, text, synced, sort, ascending);
    InventoryRepository.Matches matches = search(filter, page, size);
    Map<Long, String> pictures =
        inventory.firstPictures(matches.items().stream().map(InventoryItem::getId).toList());
    return Page.countedUpToLimit(
        matches.items().stream().map(i -> new InventoryRow(i, pictures.get(i.getId()))).toList(),
        Math.max(page, 0),
        Page.clampSize(size),
        matches.counted());
  }

  /**
   * The caller's items matching the inventory table's filter, by id after {@code afterId}: what an
   * export reads, chunk by chunk.
   */
  public List<InventoryItem> exportChunk(
      Optional<String> text,
      Optional<String> status,
      Optional<Boolean> synced,
      long afterId,
      int limit) {
    ItemFilter filter =
        new ItemFilter(
            callerId(),
            Optional.empty(),
            Optional.empty(),
            status,
            text,
            synced,
            ItemFilter.Sort.UPDATED,
            false);
    return inventory.exportChunk(filter, afterId, Math.min(Math.max(limit, 1), 1_000));
  }

  private InventoryRepository.Matches search(ItemFilter filter, int page, int size) {
    return inventory.search(
        filter, Page.offset(page, size), Page.clampSize(size), Page.COUNT_LIMIT + 1);
  }

  public Optional<InventoryViews.ItemDetail> item(long id) {
    long caller = callerId();
    return inventory.find(id).filter(item -> item.getSellerId() == caller).map(this::detail);
  }

  private InventoryViews.ItemDetail detail(InventoryItem item) {
    InventoryItem previous = item.getRelistedFrom();
    return new InventoryViews.ItemDetail(
        InventoryViews.ItemSummary.of(item),
        item.getQuantityTotal(),
        item.getQuantitySold(),
        item.getListingType(),
        item.getViewItemUrl(),
        item.getConditionId(),
        item.getConditionName(),
        item.getCategoryId(),
        item.getCategoryName(),
        item.getStartTime(),
        item.getEndTime(),
        item.getNotes(),
        item.getPictureUrls(),
        item.getVariations().stream().map(InventoryViews.Variation::of).toList(),
        inventory.sales(item.getId()).stream().map(InventoryViews.Sale::of).toList(),
        previous == null
            ? null
            : new InventoryViews.RelistLink(previous.getId(), previous.getEbayItemId()),
        inventory
            .relistOf(item.getId())
            .map(next -> new InventoryViews.RelistLink(next.getId(), next.getEbayItemId()))
            .orElse(null),
        inventory.syncHistory(item.getId()).stream().map(InventoryViews.SyncEntry::of).toList(),
        InventoryViews.amount(item.getPurchaseCost()),
        InventoryViews.currencyOf(item.getPurchaseCost()),
        item.getStorageLocation(),
        item.getPrivateNotes());
  }

  private long callerId() {
    return callers.idOf(context.getCallerPrincipal());
  }
}
