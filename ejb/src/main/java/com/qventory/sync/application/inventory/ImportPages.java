package com.qventory.sync.application.inventory;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.SyncSource;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.SellerRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One short transaction per page of the initial import, with its progress: eBay was asked before,
 * with no transaction open ({@link InitialImport}).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportPages {

  @Inject private ListingSync listings;

  @Inject private SellerRepository sellers;

  @Inject private Clock clock;

  /**
   * Applies a page of listings as eBay stated them at {@code statedAt}.
   *
   * @return how many are imported now; empty when the seller is no longer connected (nothing is
   *     applied, and the import stops)
   */
  public Optional<Integer> apply(
      long sellerId, List<EbayListing> page, Instant statedAt, int doneBefore, int total) {
    Optional<EbayAccount> account =
        sellers.lockBySellerId(sellerId).filter(a -> a.getStatus() == EbayAccount.Status.CONNECTED);
    if (account.isEmpty()) {
      return Optional.empty();
    }
    int done = doneBefore;
    for (EbayListing listing : page) {
      listings.apply(
          sellerId,
          listing.itemId(),
          ListingSync.ListingState.polled(SyncSource.INITIAL_IMPORT, listing, statedAt));
      done++;
    }
    account.get().importProgress(done, total);
    return Optional.of(done);
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
