package com.qventory.sync.application.inventory;

import com.qventory.sync.application.LogText;
import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.EbaySale;
import com.qventory.sync.domain.inventory.EbayVariation;
import com.qventory.sync.domain.inventory.InventoryItem;
import com.qventory.sync.domain.inventory.InventoryRepository;
import com.qventory.sync.domain.inventory.ItemSale;
import com.qventory.sync.domain.inventory.ItemSyncEntry;
import com.qventory.sync.domain.inventory.ListingLinks;
import com.qventory.sync.domain.inventory.SyncChange;
import com.qventory.sync.domain.inventory.SyncChanges;
import com.qventory.sync.domain.inventory.SyncSource;
import com.qventory.sync.domain.seller.SellerNotification;
import com.qventory.sync.domain.seller.SellerRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * How eBay's state of a listing becomes a seller's item — the one place, for every source: a pushed
 * notification (and its replay), reconciliation and the initial import. In the caller's
 * transaction, in this order:
 *
 * <ol>
 *   <li>a listing never seen before takes over the seller's hand-made item with the same SKU (the
 *       listing's, else one of its variations');
 *   <li>the item is locked (created if new), and its owner checked <em>after</em> the lock: a
 *       listing of another seller is never touched;
 *   <li>the caller's {@link Once} decides whether this state was applied before (a duplicate);
 *   <li>the state is taken only when it is not older than what was applied ({@link
 *       InventoryItem#acceptsStateFrom}); sales are facts and are recorded once per TransactionID
 *       even from an older notification, each counted against its variation;
 *   <li>a relist is linked to the listing it relists, when that is the same seller's;
 *   <li>a sync-history line names the source; a new item rings the seller's bell; the seller's open
 *       pages are told once the transaction commits.
 * </ol>
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ListingSync {

  private static final Logger LOG = Logger.getLogger(ListingSync.class.getName());

  /** What eBay states of one listing, from one source, at one eBay time. */
  public record ListingState(
      SyncSource source,
      String eventName,
      Long webhookEventId,
      Instant ebayTime,
      Optional<EbayListing> listing,
      List<EbaySale> sales,
      boolean suspended) {

    public ListingState {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(eventName, "eventName");
      Objects.requireNonNull(ebayTime, "ebayTime");
      Objects.requireNonNull(listing, "listing");
      sales = List.copyOf(sales);
    }

    /** The same state with its listing's links limited to what {@code links} allows. */
    ListingState withAllowedLinks(ListingLinks links, Consumer<String> dropped) {
      Optional<EbayListing> kept = listing.map(l -> links.keepAllowed(l, dropped));
      return kept.equals(listing)
          ? this
          : new ListingState(source, eventName, webhookEventId, ebayTime, kept, sales, suspended);
    }

    /** A listing's whole state as a Trading API answer states it (reconciliation, import). */
    public static ListingState polled(SyncSource source, EbayListing listing, Instant ebayTime) {
      return new ListingState(
          source, eventName(source), null, ebayTime, Optional.of(listing), List.of(), false);
    }

    private static String eventName(SyncSource source) {
      return switch (source) {
        case NOTIFICATION -> throw new IllegalArgumentException("a notification names its event");
        case RECONCILIATION -> "Reconciliation";
        case INITIAL_IMPORT -> "InitialImport";
      };
    }
  }

  /** What became of a state. */
  public enum Outcome {
    /** Something changed on the item (or it was created). */
    APPLIED,
    /** Taken, but it changed nothing. */
    UNCHANGED,
    /** Older than the item's state, with no new sale: nothing overwritten. */
    STALE,
    /** {@link Once} said this state's effect was applied before. */
    DUPLICATE,
    /** The listing is another seller's item. */
    NOT_OWNER
  }

  public record Result(Outcome outcome, Long itemId, boolean created) {}

  /**
   * Asked once the item is locked and its owner checked, before any effect: whether this is the
   * first time this state is applied. Notifications answer from the idempotency ledger.
   */
  @FunctionalInterface
  public interface Once {
    boolean firstTime();

    Once ALWAYS = () -> true;
  }

  @Inject InventoryRepository inventory;

  @Inject SellerRepository sellers;

  @Inject InventoryChanges inventoryChanges;

  @Inject Clock clock;

  @Inject ListingLinks links;

  public Result apply(long sellerId, String ebayItemId, ListingState state) {
    return apply(sellerId, ebayItemId, state, Once.ALWAYS);
  }

  public Result apply(long sellerId, String ebayItemId, ListingState given, Once once) {
    Instant now = clock.instant();
    // Every way in passes here: links that would reach a seller's page as given are dropped.
    ListingState state =
        given.withAllowedLinks(
            links,
            url ->
                LOG.warning(
                    () ->
                        "[SYNC] A link of eBay item "
                            + LogText.safe(ebayItemId)
                            + " ("
                            + given.source()
                            + ") was dropped: not https on eBay's hosts: "
                            + printable(url)));
    // The item is loaded only under its lock (loaded earlier, it could be stale by then): a known
    // listing in one statement, a new one after the hand-made link and the insert.
    Optional<InventoryItem> known = inventory.lockIfExists(ebayItemId);
    Optional<String> linkedSku = Optional.empty();
    InventoryItem item;
    boolean created = false;
    if (known.isPresent()) {
      item = known.get();
    } else {
      linkedSku = linkHandMadeItem(sellerId, ebayItemId, state);
      InventoryRepository.Locked locked = inventory.lockOrCreate(sellerId, ebayItemId, now);
      item = locked.item();
      created = locked.created();
    }
    if (!item.getSellerId().equals(sellerId)) {
      return notOwner(
          sellerId,
          ebayItemId,
          state,
          new InventoryRepository.Holder(item.getId(), item.getSellerId()));
    }
    if (!once.firstTime()) {
      return new Result(Outcome.DUPLICATE, item.getId(), false);
    }
    boolean newer = created || item.acceptsStateFrom(state.ebayTime());
    SyncChanges changes = new SyncChanges();
    if (newer && state.suspended()) {
      item.suspended(state.ebayTime(), now, changes);
    } else if (newer && state.listing().isPresent()) {
      item.applyListing(state.listing().get(), state.ebayTime(), now, changes);
    }
    state.listing().ifPresent(listing -> linkRelist(item, listing, changes));
    int recorded = recordSales(item, state, newer, now, changes);
    if (!newer && recorded == 0) {
      return new Result(Outcome.STALE, item.getId(), false);
    }
    if (!newer) {
      changes.event(SyncChange.STALE_SALES, "sales recorded, quantities of the listing kept");
    }
    linkedSku.ifPresent(sku -> changes.eventFirst(SyncChange.LINKED_BY_SKU, sku));
    if (created) {
      changes.eventFirst(SyncChange.IMPORTED, state.source().name());
      sellers.addNotification(
          new SellerNotification(
              sellerId, SellerNotification.NEW_LISTING_IMPORTED, item.getId(), now));
    }
    boolean changed = !changes.isEmpty();
    if (changed || state.source() == SyncSource.NOTIFICATION) {
      // A notification always leaves its trace, even when it changed nothing.
      inventory.addSyncEntry(
          new ItemSyncEntry(
              item.getId(),
              item.getSellerId(),
              state.source(),
              state.webhookEventId(),
              state.eventName(),
              state.ebayTime(),
              now,
              changes.list()));
      inventoryChanges.afterCommit(sellerId, item.getId(), state.eventName(), created);
    }
    return new Result(changed ? Outcome.APPLIED : Outcome.UNCHANGED, item.getId(), created);
  }

  /**
   * A listing we have never seen whose SKU (the listing's, else one of its variations') matches a
   * hand-made item of the seller with no listing yet becomes that item rather than a second one.
   */
  private Optional<String> linkHandMadeItem(long sellerId, String ebayItemId, ListingState state) {
    if (state.listing().isEmpty()) {
      return Optional.empty();
    }
    EbayListing listing = state.listing().get();
    Set<String> skus = new LinkedHashSet<>();
    listing.sku().ifPresent(skus::add);
    listing.variations().stream()
        .map(EbayVariation::sku)
        .flatMap(Optional::stream)
        .forEach(skus::add);
    for (String sku : skus) {
      if (inventory.linkHandMadeBySku(sellerId, sku, ebayItemId)) {
        return Optional.of(sku);
      }
    }
    return Optional.empty();
  }

  private void linkRelist(InventoryItem item, EbayListing listing, SyncChanges changes) {
    if (item.getRelistedFrom() != null) {
      return;
    }
    listing
        .relistParentItemId()
        .flatMap(inventory::findByEbayItemId)
        .filter(parent -> parent.getSellerId().equals(item.getSellerId()))
        .filter(parent -> !parent.getId().equals(item.getId()))
        .ifPresent(
            parent -> {
              item.relistedFrom(parent);
              changes.event(SyncChange.RELISTED_FROM, parent.getEbayItemId());
            });
  }

  /**
   * Records each sale once per (item, TransactionID). A sale counts against the listing's totals
   * only where the state stated none of its own (and is not older than the item's).
   */
  private int recordSales(
      InventoryItem item, ListingState state, boolean newer, Instant now, SyncChanges changes) {
    boolean statedTotals = state.listing().map(EbayListing::statesQuantities).orElse(false);
    int recorded = 0;
    for (EbaySale sale : state.sales()) {
      if (inventory.addSale(
          new ItemSale(item.getId(), item.getSellerId(), sale, state.webhookEventId(), now))) {
        recorded++;
        changes.sale(
            sale.transactionId(),
            sale.quantityPurchased() + sale.variationLabel().map(v -> " of " + v).orElse(""));
        item.sold(sale, newer && !statedTotals, state.ebayTime(), now, changes);
      }
    }
    return recorded;
  }

  private Result notOwner(
      long sellerId, String ebayItemId, ListingState state, InventoryRepository.Holder holder) {
    LOG.warning(
        "[SYNC] "
            + LogText.safe(state.eventName())
            + " ("
            + state.source()
            + ") for item "
            + LogText.safe(ebayItemId)
            + " names seller "
            + sellerId
            + " but the item is seller "
            + holder.sellerId()
            + "'s: nothing changed");
    return new Result(Outcome.NOT_OWNER, holder.itemId(), false);
  }

  /** At most 100 characters of what a sender wrote, with nothing that could forge a log line. */
  private static String printable(String text) {
    String shown = text.length() > 100 ? text.substring(0, 100) + "…" : text;
    return shown
        .codePoints()
        .map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
