package com.qventory.sync.application.inventory;

import com.qventory.sync.application.LogText;
import com.qventory.sync.domain.inventory.EbaySale;
import com.qventory.sync.domain.inventory.InventoryItem;
import com.qventory.sync.domain.inventory.InventoryRepository;
import com.qventory.sync.domain.inventory.SyncSource;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayOrders;
import com.qventory.sync.domain.seller.SellerRepository;
import com.qventory.sync.domain.webhook.NotificationApiMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * eBay's ORDER_CONFIRMATION (one message per order line): the buyer completed checkout. As eBay
 * documents, the message names the order and the seller looks it up with GetOrders; each line
 * becomes a sale through the same listing sync as the SOAP FixedPriceTransaction, which records a
 * sale once per (listing, TransactionID) — one sale, whichever of the two arrives first.
 */
@ApplicationScoped
public class OrderConfirmations {

  private static final Logger LOG = Logger.getLogger(OrderConfirmations.class.getName());

  public static final String EVENT_NAME = "OrderConfirmation";

  @Inject private InventoryRepository inventory;

  @Inject private SellerRepository sellers;

  @Inject private ListingSync listings;

  /**
   * @return the seller whose order it is; empty when the listing it names is none of our sellers'
   *     (or their eBay account is not connected)
   * @param answers eBay's answers asked before this transaction: GetOrders of the order
   * @throws IllegalArgumentException when the message names no order or no listing
   * @throws EbayAnswers.Needed when eBay was not asked about the order yet
   */
  public Optional<Long> confirmed(
      NotificationApiMessage order, long eventId, Instant now, EbayAnswers answers) {
    String orderId =
        order
            .dataText("orderId")
            .orElseThrow(
                () -> new IllegalArgumentException("The order confirmation has no orderId"));
    String itemId =
        order
            .dataText("itemId")
            .orElseThrow(
                () -> new IllegalArgumentException("The order confirmation has no itemId"));
    Optional<EbayAccount> account =
        inventory
            .findByEbayItemId(itemId)
            .map(InventoryItem::getSellerId)
            .flatMap(sellers::findBySellerId)
            .filter(a -> a.getStatus() == EbayAccount.Status.CONNECTED);
    if (account.isEmpty()) {
      return Optional.empty();
    }
    long sellerId = account.get().getSellerId();
    List<EbayOrders.OrderLine> lines = answers.orderLines(sellerId, orderId);
    if (lines.isEmpty()) {
      return Optional.empty(); // eBay says it is not this seller's order
    }
    Map<String, List<EbaySale>> byListing = new LinkedHashMap<>();
    for (EbayOrders.OrderLine line : lines) {
      byListing.computeIfAbsent(line.itemId(), id -> new ArrayList<>()).add(line.sale());
    }
    byListing.forEach(
        (listing, sales) -> {
          Instant ebayTime =
              sales.stream()
                  .map(EbaySale::createdDate)
                  .flatMap(Optional::stream)
                  .max(Instant::compareTo)
                  .or(order::eventDate)
                  .orElse(now);
          var result =
              listings.apply(
                  sellerId,
                  listing,
                  new ListingSync.ListingState(
                      SyncSource.NOTIFICATION,
                      EVENT_NAME,
                      eventId,
                      ebayTime,
                      Optional.empty(),
                      sales,
                      false));
          LOG.fine(
              () ->
                  "[NOTIFICATION-API] Order "
                      + LogText.safe(orderId)
                      + ", item "
                      + LogText.safe(listing)
                      + ": "
                      + result.outcome());
        });
    return Optional.of(sellerId);
  }
}
