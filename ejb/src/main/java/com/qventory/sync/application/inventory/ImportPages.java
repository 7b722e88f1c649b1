package com.qventory.sync.application.inventory;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.SyncSource;
import com.qventory.sync.domain.seller.EbayApi;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.SellerRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** One transaction per page of the initial import, and its progress. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportPages {

  record Progress(int done, int totalPages) {}

  @Inject private EbayApi ebay;

  @Inject private ListingSync listings;

  @Inject private SellerRepository sellers;

  @Inject private Clock clock;

  public Progress importPage(
      long sellerId,
      String accessToken,
      Instant from,
      Instant to,
      int page,
      int perPage,
      int doneBefore)
      throws EbayApiException {
    EbayApi.SellerListPage listed = ebay.sellerList(accessToken, from, to, page, perPage);
    int done = doneBefore;
    for (EbayListing stated : listed.items()) {
      EbayListing listing =
          stated.title().isPresent() ? stated : ebay.getItem(accessToken, stated.itemId());
      listings.apply(
          sellerId,
          listing.itemId(),
          ListingSync.ListingState.polled(SyncSource.INITIAL_IMPORT, listing, listed.timestamp()));
      done++;
    }
    int total = listed.totalEntries();
    int finalDone = done;
    sellers.findBySellerId(sellerId).ifPresent(a -> a.importProgress(finalDone, total));
    return new Progress(done, listed.totalPages());
  }

  public void finished(long sellerId, String error) {
    sellers
        .findBySellerId(sellerId)
        .ifPresent(
            a -> {
              if (error == null) {
                a.importFinished(clock.instant());
              } else {
                a.importFailed(error, clock.instant());
              }
            });
  }
}
