package com.qventory.sync.application.inventory;

import com.qventory.sync.application.seller.FreshTokens;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.EbayListings;
import com.qventory.sync.domain.seller.EbayOrders;
import com.qventory.sync.domain.seller.SellerRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Asks eBay what a notification's transaction needed to know ({@link EbayAnswers}), with the
 * seller's token and no transaction open. eBay's guidance is to confirm any notification by asking:
 * for one whose signature came before with another body it is the only safe way to apply it, and an
 * order confirmation names an order that eBay's GetOrders describes.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EbayQuestions {

  @Inject private SellerRepository sellers;

  @Inject private FreshTokens tokens;

  @Inject private EbayListings listings;

  @Inject private EbayOrders orders;

  /**
   * @return the answer: {@code Optional<EbayListing>} for {@link EbayAnswers.ListingOf}, {@code
   *     List<OrderLine>} for {@link EbayAnswers.OrderLinesOf} — empty when the seller has no
   *     connected eBay account
   * @throws EbayApiException when eBay cannot answer now (processing retries later)
   */
  public Object ask(EbayAnswers.Question question) throws EbayApiException {
    if (question instanceof EbayAnswers.ListingOf listing) {
      Optional<EbayAccount> account = connected(listing.sellerId());
      return account.isEmpty()
          ? Optional.empty()
          : listings.listingOf(
              tokens.accessToken(listing.sellerId()),
              account.get().getEbayUserId(),
              listing.ebayItemId());
    }
    EbayAnswers.OrderLinesOf order = (EbayAnswers.OrderLinesOf) question;
    return connected(order.sellerId()).isEmpty()
        ? List.<EbayOrders.OrderLine>of()
        : orders.orderLines(tokens.accessToken(order.sellerId()), order.orderId());
  }

  private Optional<EbayAccount> connected(long sellerId) {
    return sellers
        .findBySellerId(sellerId)
        .filter(a -> a.getStatus() == EbayAccount.Status.CONNECTED);
  }
}
