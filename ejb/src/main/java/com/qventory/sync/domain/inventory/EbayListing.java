package com.qventory.sync.domain.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A listing as one notification's {@code Item} element states it. Every field but the item id is
 * optional: notifications carry what eBay chose to send, and absent fields never erase ours.
 *
 * @param relistParentItemId {@code RelistParentID}: the listing this one relists
 * @param variationsComplete whether {@code variations} is every variation of the listing (a
 *     notification's or GetItem's Item) rather than those with activity (GetSellerEvents and
 *     GetSellerList may answer with only those)
 */
public record EbayListing(
    String itemId,
    Optional<String> title,
    Optional<String> sku,
    Optional<Integer> quantity,
    Optional<Integer> quantitySold,
    Optional<Money> price,
    Optional<String> listingStatus,
    Optional<String> listingType,
    Optional<String> viewItemUrl,
    List<String> pictureUrls,
    Optional<String> conditionId,
    Optional<String> conditionName,
    Optional<String> categoryId,
    Optional<String> categoryName,
    Optional<Instant> startTime,
    Optional<Instant> endTime,
    Optional<String> relistParentItemId,
    List<EbayVariation> variations,
    boolean variationsComplete) {

  public EbayListing {
    Objects.requireNonNull(itemId, "itemId");
    if (itemId.isBlank()) {
      throw new IllegalArgumentException("itemId is blank");
    }
    pictureUrls = List.copyOf(pictureUrls);
    variations = List.copyOf(variations);
  }

  /** The same listing with other links (see {@link ListingLinks}). */
  public EbayListing withLinks(Optional<String> viewItemUrl, List<String> pictureUrls) {
    return copy(viewItemUrl, pictureUrls, variationsComplete);
  }

  /** The same listing, its variation list known to hold only some of the variations. */
  public EbayListing withPartialVariations() {
    return copy(viewItemUrl, pictureUrls, false);
  }

  private EbayListing copy(
      Optional<String> viewItemUrl, List<String> pictureUrls, boolean variationsComplete) {
    return new EbayListing(
        itemId,
        title,
        sku,
        quantity,
        quantitySold,
        price,
        listingStatus,
        listingType,
        viewItemUrl,
        pictureUrls,
        conditionId,
        conditionName,
        categoryId,
        categoryName,
        startTime,
        endTime,
        relistParentItemId,
        variations,
        variationsComplete);
  }

  /** Whether it states quantities (a sale notification's {@code Item} may not). */
  public boolean statesQuantities() {
    return quantity.isPresent() || variations.stream().anyMatch(v -> v.quantity().isPresent());
  }

  /**
   * {@code Quantity − QuantitySold}, summed over the variations when the listing has them and they
   * state quantities.
   */
  public Optional<Integer> available() {
    if (!variations.isEmpty() && variations.stream().allMatch(v -> v.quantity().isPresent())) {
      return Optional.of(variations.stream().mapToInt(v -> v.available().orElse(0)).sum());
    }
    return quantity.map(total -> Math.max(0, total - quantitySold.orElse(0)));
  }
}
