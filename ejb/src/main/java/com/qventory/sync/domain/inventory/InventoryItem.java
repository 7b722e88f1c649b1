package com.qventory.sync.domain.inventory;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a seller's inventory. Fields that eBay owns (title, price, quantities, status…) are
 * set only from notifications, and only from one at least as new as the state already applied
 * ({@link #lastEbayTimestamp}); local fields are the seller's.
 */
@Entity
@Table(name = "inventory_item")
@NamedQuery(
    name = InventoryItem.FIND_BY_EBAY_ITEM_ID,
    query = "SELECT i FROM InventoryItem i WHERE i.ebayItemId = :ebayItemId")
public class InventoryItem {

  public static final String FIND_BY_EBAY_ITEM_ID = "InventoryItem.findByEbayItemId";

  /** Our name for a listing eBay took down (ItemSuspended carries no ListingStatus). */
  public static final String SUSPENDED = "Suspended";

  public static final String IMPORTED_NOTE = "Auto-imported from eBay via Platform Notifications";

  /** The longest storage location and private notes a seller may keep (the schema checks too). */
  public static final int MAX_STORAGE_LOCATION = 200;

  public static final int MAX_PRIVATE_NOTES = 5000;

  @Id
  @SequenceGenerator(
      name = "inventory_item_seq",
      sequenceName = "inventory_item_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_item_seq")
  private Long id;

  @Column(name = "seller_id", nullable = false)
  private Long sellerId;

  @Column(name = "ebay_item_id", unique = true, length = 40)
  private String ebayItemId;

  @Column(length = 255)
  private String title;

  @Column(length = 100)
  private String sku;

  /** In the embeddable's own columns, price_amount and price_currency. */
  @Embedded private Money price;

  @Column(name = "quantity_total")
  private Integer quantityTotal;

  @Column(name = "quantity_sold")
  private Integer quantitySold;

  @Column(name = "quantity_available")
  private Integer quantityAvailable;

  @Column(name = "listing_status", length = 30)
  private String listingStatus;

  @Column(name = "listing_type", length = 40)
  private String listingType;

  @Column(name = "view_item_url", length = 1000)
  private String viewItemUrl;

  @Column(name = "condition_id", length = 20)
  private String conditionId;

  @Column(name = "condition_name", length = 100)
  private String conditionName;

  @Column(name = "category_id", length = 20)
  private String categoryId;

  @Column(name = "category_name", length = 300)
  private String categoryName;

  @Column(name = "start_time")
  private Instant startTime;

  @Column(name = "end_time")
  private Instant endTime;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "relisted_from_id")
  private InventoryItem relistedFrom;

  @ElementCollection
  @CollectionTable(name = "inventory_item_picture", joinColumns = @JoinColumn(name = "item_id"))
  @OrderColumn(name = "position")
  @Column(name = "url", nullable = false, length = 1000)
  private List<String> pictureUrls = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "inventory_item_variation", joinColumns = @JoinColumn(name = "item_id"))
  @OrderColumn(name = "position")
  private List<ItemVariation> variations = new ArrayList<>();

  @Column(name = "synced_from_ebay", nullable = false)
  private boolean syncedFromEbay;

  @Column(name = "notes")
  private String notes;

  @Column(name = "last_ebay_timestamp")
  private Instant lastEbayTimestamp;

  /** What the seller paid for the goods: theirs, never eBay's. */
  @Embedded
  @AttributeOverride(
      name = "amount",
      column = @Column(name = "purchase_cost_amount", precision = 19, scale = 4))
  @AttributeOverride(
      name = "currency",
      column = @Column(name = "purchase_cost_currency", length = 3))
  private Money purchaseCost;

  @Column(name = "storage_location", length = 200)
  private String storageLocation;

  @Column(name = "private_notes")
  private String privateNotes;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(nullable = false)
  private int version;

  protected InventoryItem() {
    // for JPA
  }

  /** An item the seller adds by hand, before (or without) an eBay listing. */
  public static InventoryItem handMade(
      Long sellerId, String title, String sku, Integer quantity, Money price, Instant now) {
    InventoryItem item = new InventoryItem();
    item.sellerId = Objects.requireNonNull(sellerId, "sellerId");
    item.title = Objects.requireNonNull(title, "title");
    item.sku = sku;
    item.quantityTotal = quantity;
    item.quantityAvailable = quantity;
    item.price = price;
    item.syncedFromEbay = false;
    item.createdAt = now;
    item.updatedAt = now;
    return item;
  }

  /** The seller's own fields; sync never writes them. */
  public void recordLocalFields(
      Money purchaseCost, String storageLocation, String privateNotes, Instant now) {
    this.purchaseCost = purchaseCost;
    this.storageLocation = storageLocation;
    this.privateNotes = privateNotes;
    this.updatedAt = now;
  }

  public Optional<Money> getPurchaseCost() {
    return Optional.ofNullable(purchaseCost);
  }

  public String getStorageLocation() {
    return storageLocation;
  }

  public String getPrivateNotes() {
    return privateNotes;
  }

  /**
   * Whether eBay state from {@code ebayTimestamp} may be applied: it is at least as new as what was
   * applied before. An older notification never overwrites newer state.
   */
  public boolean acceptsStateFrom(Instant ebayTimestamp) {
    return lastEbayTimestamp == null || !ebayTimestamp.isBefore(lastEbayTimestamp);
  }

  /**
   * Takes what the listing states (absent fields keep their value). Variations are merged, not
   * replaced: eBay's answers may list only the variations that had activity, and a variation it
   * does not mention keeps its state.
   *
   * @param changes collects what changed, for the item's sync history
   */
  public void applyListing(
      EbayListing listing, Instant ebayTimestamp, Instant now, SyncChanges changes) {
    listing.title().ifPresent(v -> title = changes.set("title", title, v));
    listing.sku().ifPresent(v -> sku = changes.set("SKU", sku, v));
    Money before = price;
    listing.price().ifPresent(v -> price = v);
    listing.listingStatus().ifPresent(v -> listingStatus = changes.set("status", listingStatus, v));
    listing.listingType().ifPresent(v -> listingType = changes.set("listing type", listingType, v));
    listing.viewItemUrl().ifPresent(v -> viewItemUrl = changes.set("view URL", viewItemUrl, v));
    listing.conditionId().ifPresent(v -> conditionId = changes.set("condition id", conditionId, v));
    listing
        .conditionName()
        .ifPresent(v -> conditionName = changes.set("condition", conditionName, v));
    listing.categoryId().ifPresent(v -> categoryId = changes.set("category id", categoryId, v));
    listing.categoryName().ifPresent(v -> categoryName = changes.set("category", categoryName, v));
    listing.startTime().ifPresent(v -> startTime = changes.set("start", startTime, v));
    listing.endTime().ifPresent(v -> endTime = changes.set("end", endTime, v));
    if (!listing.pictureUrls().isEmpty() && !listing.pictureUrls().equals(pictureUrls)) {
      changes.set("pictures", pictureUrls.size(), listing.pictureUrls().size());
      pictureUrls.clear();
      pictureUrls.addAll(listing.pictureUrls());
    }
    List<ItemVariation> stated = new ArrayList<>();
    for (EbayVariation variation : listing.variations()) {
      ItemVariation known = variation(variation.sku(), variation.specifics());
      known.apply(variation, ebayTimestamp, changes);
      stated.add(known);
    }
    if (listing.variationsComplete() && !stated.isEmpty()) {
      // A full list names every variation: one it does not name was deleted on eBay.
      List<ItemVariation> gone =
          variations.stream().filter(v -> stated.stream().noneMatch(s -> s == v)).toList();
      gone.forEach(v -> changes.set("variation " + v.label(), "listed", "deleted"));
      variations.removeIf(v -> gone.stream().anyMatch(g -> g == v));
    }
    Integer totalBefore = quantityTotal;
    Integer soldBefore = quantitySold;
    Integer availableBefore = quantityAvailable;
    listing.quantity().ifPresent(v -> quantityTotal = v);
    listing.quantitySold().ifPresent(v -> quantitySold = v);
    listing
        .quantity()
        .ifPresent(total -> quantityAvailable = Math.max(0, total - orZero(quantitySold)));
    takeTotalsFromVariations();
    takePriceFromVariations();
    changes.set("price", before, price);
    changes.set("quantity", totalBefore, quantityTotal);
    changes.set("quantity sold", soldBefore, quantitySold);
    changes.set("available", availableBefore, quantityAvailable);
    stateAppliedAt(ebayTimestamp, now);
  }

  /**
   * A listing with variations is sold at its variations' prices: its price is the lowest of them
   * (what eBay's buyers see as "from"), never the listing-level price eBay also states, which
   * belongs to none of them. The item page shows their range ({@link #getPriceRange}).
   */
  private void takePriceFromVariations() {
    getPriceRange().ifPresent(range -> price = range.get(0));
  }

  /**
   * The lowest and highest of the variations' prices in one currency; empty for a listing without
   * priced variations.
   */
  public Optional<List<Money>> getPriceRange() {
    List<Money> prices =
        variations.stream()
            .map(ItemVariation::getPrice)
            .flatMap(Optional::stream)
            .sorted(Comparator.comparing(Money::amount))
            .toList();
    if (prices.isEmpty() || prices.stream().map(Money::currency).distinct().count() != 1) {
      return Optional.empty();
    }
    return Optional.of(List.of(prices.get(0), prices.get(prices.size() - 1)));
  }

  /**
   * A sale reduced what is available. A sale of one variation counts against that variation unless
   * eBay has stated the variation's quantities since (they then include it). Otherwise it counts
   * against the listing's totals when {@code countAgainstTotals}: the notification stated no totals
   * of its own and is not older than the item's state.
   */
  public void sold(
      EbaySale sale,
      boolean countAgainstTotals,
      Instant ebayTimestamp,
      Instant now,
      SyncChanges changes) {
    Integer availableBefore = quantityAvailable;
    Integer soldBefore = quantitySold;
    if (sale.ofVariation()) {
      ItemVariation variation = variation(sale.variationSku(), sale.variationSpecifics());
      if (!variation.sold(sale.quantityPurchased(), ebayTimestamp, changes)) {
        return;
      }
      if (variationsStateQuantities()) {
        takeTotalsFromVariations();
      } else if (countAgainstTotals) {
        countAgainstListing(sale.quantityPurchased());
      }
    } else if (countAgainstTotals) {
      countAgainstListing(sale.quantityPurchased());
    } else {
      return;
    }
    changes.set("quantity sold", soldBefore, quantitySold);
    changes.set("available", availableBefore, quantityAvailable);
    stateAppliedAt(ebayTimestamp, now);
  }

  private void countAgainstListing(int quantity) {
    quantitySold = orZero(quantitySold) + quantity;
    if (quantityAvailable != null) {
      quantityAvailable = Math.max(0, quantityAvailable - quantity);
    }
  }

  /** eBay took the listing down. */
  public void suspended(Instant ebayTimestamp, Instant now, SyncChanges changes) {
    listingStatus = changes.set("status", listingStatus, SUSPENDED);
    stateAppliedAt(ebayTimestamp, now);
  }

  public void relistedFrom(InventoryItem previous) {
    this.relistedFrom = Objects.requireNonNull(previous, "previous");
  }

  /** The stored variation with this identity, added (with nothing known yet) when there is none. */
  private ItemVariation variation(Optional<String> variationSku, VariationSpecifics specifics) {
    for (ItemVariation known : variations) {
      if (known.isSameAs(variationSku, specifics)) {
        return known;
      }
    }
    ItemVariation added = ItemVariation.identifiedBy(variationSku, specifics);
    variations.add(added);
    return added;
  }

  private boolean variationsStateQuantities() {
    return !variations.isEmpty() && variations.stream().allMatch(v -> v.getQuantityTotal() != null);
  }

  /** A listing with variations holds what its variations hold, once each is known. */
  private void takeTotalsFromVariations() {
    if (variationsStateQuantities()) {
      quantityTotal = variations.stream().mapToInt(ItemVariation::getQuantityTotal).sum();
      quantitySold = variations.stream().mapToInt(v -> orZero(v.getQuantitySold())).sum();
      quantityAvailable = variations.stream().mapToInt(ItemVariation::getQuantityAvailable).sum();
    }
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  private void stateAppliedAt(Instant ebayTimestamp, Instant now) {
    if (lastEbayTimestamp == null || ebayTimestamp.isAfter(lastEbayTimestamp)) {
      lastEbayTimestamp = ebayTimestamp;
    }
    updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getSellerId() {
    return sellerId;
  }

  public String getEbayItemId() {
    return ebayItemId;
  }

  public String getTitle() {
    return title;
  }

  public String getSku() {
    return sku;
  }

  public Optional<Money> getPrice() {
    return Optional.ofNullable(price);
  }

  public Integer getQuantityTotal() {
    return quantityTotal;
  }

  public Integer getQuantitySold() {
    return quantitySold;
  }

  public Integer getQuantityAvailable() {
    return quantityAvailable;
  }

  public String getListingStatus() {
    return listingStatus;
  }

  public String getListingType() {
    return listingType;
  }

  public String getViewItemUrl() {
    return viewItemUrl;
  }

  public String getConditionId() {
    return conditionId;
  }

  public String getConditionName() {
    return conditionName;
  }

  public String getCategoryId() {
    return categoryId;
  }

  public String getCategoryName() {
    return categoryName;
  }

  public Instant getStartTime() {
    return startTime;
  }

  public Instant getEndTime() {
    return endTime;
  }

  public InventoryItem getRelistedFrom() {
    return relistedFrom;
  }

  public List<String> getPictureUrls() {
    return List.copyOf(pictureUrls);
  }

  public List<ItemVariation> getVariations() {
    return List.copyOf(variations);
  }

  public boolean isSyncedFromEbay() {
    return syncedFromEbay;
  }

  public String getNotes() {
    return notes;
  }

  public Instant getLastEbayTimestamp() {
    return lastEbayTimestamp;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
