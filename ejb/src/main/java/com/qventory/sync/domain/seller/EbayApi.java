package com.qventory.sync.domain.seller;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.EbaySale;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What we ask of eBay on a seller's behalf: OAuth consent and tokens, and the Trading API calls
 * that set up and verify Platform Notifications. One adapter talks HTTP to eBay or the simulator.
 */
public interface EbayApi {

  record Tokens(
      String accessToken,
      Instant accessTokenExpires,
      Optional<String> refreshToken,
      Optional<Instant> refreshTokenExpires) {}

  record EbayUser(String userId, Optional<String> eiasToken) {}

  record ApplicationDelivery(Optional<String> applicationUrl, boolean enabled) {}

  /** One page of GetSellerList, items as eBay states them. */
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

  /** One line of an order: the listing and the purchase (a Trading API Transaction). */
  record OrderLine(String itemId, EbaySale sale) {}

  /**
   * GetOrders by OrderID: the order's lines, when it is this seller's (another seller's order is
   * not in eBay's answer).
   */
  List<OrderLine> orderLines(String accessToken, String orderId) throws EbayApiException;

  /** Where to send the seller for consent; {@code state} comes back with the code. */
  String consentUrl(String state);

  Tokens exchangeCode(String code) throws EbayApiException;

  Tokens refresh(String refreshToken) throws EbayApiException;

  /** An application token (client credentials grant): for calls made as the application. */
  Tokens applicationToken() throws EbayApiException;

  EbayUser getUser(String accessToken) throws EbayApiException;

  ApplicationDelivery applicationDelivery(String accessToken) throws EbayApiException;

  void setApplicationDelivery(String accessToken, String applicationUrl) throws EbayApiException;

  void setUserEvents(
      String accessToken, List<String> events, boolean enable, String externalUserData)
      throws EbayApiException;

  /** eBay marking the application down (delivery stopped) or up again. */
  record MarkEvent(String type, Instant at, String reason) {}

  /**
   * eBay's delivery statistics for the application (GetNotificationsUsage, at most 72 hours back).
   */
  record NotificationUsage(
      long delivered,
      long queuedNew,
      long queuedPending,
      long expired,
      long errors,
      List<MarkEvent> markHistory) {

    /** Whether eBay's last word is that the application is marked down. */
    public boolean markedDown() {
      return !markHistory.isEmpty()
          && "MarkDown".equalsIgnoreCase(markHistory.get(markHistory.size() - 1).type());
    }
  }

  NotificationUsage notificationsUsage(String accessToken, Instant from, Instant to)
      throws EbayApiException;

  /** The seller's event subscriptions as eBay reports them. */
  Map<String, Boolean> userEvents(String accessToken) throws EbayApiException;
}
