package com.qventory.sync.domain.seller;

import com.qventory.sync.domain.inventory.EbayListing;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: a seller's listings as eBay states them (the Trading API's GetSellerList, GetSellerEvents,
 * GetItem).
 */
public interface EbayListings {

  /** One page of GetSellerList or GetSellerEvents, items as eBay states them. */
  record SellerListPage(
      List<EbayListing> items, int totalPages, int totalEntries, Instant timestamp) {}

  /** The seller's listings ending in {@code [from, to]} (≤ 120 days), one page. */
  SellerListPage sellerList(String accessToken, Instant from, Instant to, int page, int perPage)
      throws EbayApiException;

  /** GetSellerEvents: the seller's listings modified in {@code [from, to]} (within 48 hours). */
  SellerListPage sellerEvents(String accessToken, Instant from, Instant to) throws EbayApiException;

  EbayListing getItem(String accessToken, String itemId) throws EbayApiException;

  /**
   * GetItem, for a listing that must be this eBay user's: eBay answers GetItem for anyone's
   * listing, so the answer's seller is compared.
   *
   * @return the listing as eBay has it now; empty when it is another user's or eBay has no such
   *     listing
   */
  Optional<EbayListing> listingOf(String accessToken, String ebayUserId, String itemId)
      throws EbayApiException;
}
