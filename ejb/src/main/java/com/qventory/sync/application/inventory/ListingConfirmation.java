package com.qventory.sync.application.inventory;

import com.qventory.sync.application.seller.EbayTokens;
import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayApi;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.SellerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * eBay's own word on one listing of a seller (GetItem with the seller's token), for a notification
 * that cannot be believed: its signature came before with another body. eBay's guidance is the same
 * for any notification — confirm by polling — and here it is the only safe way to apply one.
 */
@ApplicationScoped
public class ListingConfirmation {

  @Inject private SellerRepository sellers;

  @Inject private EbayTokens tokens;

  @Inject private EbayApi ebay;

  /**
   * @return the listing as eBay has it now; empty when the seller has no connected eBay account, or
   *     the listing is not theirs on eBay
   * @throws EbayApiException when eBay cannot answer now (processing retries later)
   */
  public Optional<EbayListing> listingOf(long sellerId, String ebayItemId) throws EbayApiException {
    Optional<EbayAccount> account =
        sellers.findBySellerId(sellerId).filter(a -> a.getStatus() == EbayAccount.Status.CONNECTED);
    if (account.isEmpty()) {
      return Optional.empty();
    }
    return ebay.listingOf(
        tokens.accessToken(account.get()), account.get().getEbayUserId(), ebayItemId);
  }
}
