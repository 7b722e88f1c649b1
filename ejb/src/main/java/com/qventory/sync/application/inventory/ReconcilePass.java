package com.qventory.sync.application.inventory;

import com.qventory.sync.application.Failures;
import com.qventory.sync.application.seller.EbayTokens;
import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.SyncSource;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayApi;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.SellerRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One seller's reconciliation: GetSellerEvents over the time since the last pass (overlapping it by
 * two minutes, never beyond eBay's 48-hour horizon, in windows eBay does not truncate), each
 * listing's state applied as eBay states it at the answer's time — so that newer notifications
 * still win and older ones stay STALE.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReconcilePass {

  private static final Logger LOG = Logger.getLogger(ReconcilePass.class.getName());
  static final Duration OVERLAP = Duration.ofMinutes(2);
  static final Duration HORIZON = Duration.ofHours(47);
  static final int TRUNCATED_AT = 3000;
  static final Duration SMALLEST_WINDOW = Duration.ofMinutes(1);

  @Inject private SellerRepository sellers;

  @Inject private ListingSync listings;

  @Inject private EbayApi ebay;

  @Inject private EbayTokens tokens;

  @Inject private Clock clock;

  /**
   * @return how many items it corrected (0 when another node holds this seller)
   */
  public int reconcile(long sellerId) {
    Optional<EbayAccount> found =
        sellers.findBySellerId(sellerId).filter(a -> a.getStatus() == EbayAccount.Status.CONNECTED);
    if (found.isEmpty() || !sellers.tryLockReconciliation(sellerId)) {
      return 0;
    }
    EbayAccount account = found.get();
    Instant now = clock.instant();
    Instant horizon = now.minus(HORIZON);
    Instant from =
        account.getReconciledTo() == null
                || account.getReconciledTo().minus(OVERLAP).isBefore(horizon)
            ? horizon
            : account.getReconciledTo().minus(OVERLAP);
    try {
      String token = tokens.accessToken(account);
      int corrected = window(sellerId, token, from, now);
      account.reconciled(now, clock.instant(), corrected);
      return corrected;
    } catch (EbayApiException | RuntimeException e) {
      String error = Failures.rootCauseMessage(e);
      account.reconcileFailed(error, clock.instant());
      LOG.warning("[RECONCILE] Seller " + sellerId + ": " + error);
      return 0;
    }
  }

  /** One window; halved while eBay's answer looks truncated. */
  private int window(long sellerId, String token, Instant from, Instant to)
      throws EbayApiException {
    EbayApi.SellerListPage page = ebay.sellerEvents(token, from, to);
    if (page.items().size() >= TRUNCATED_AT
        && Duration.between(from, to).compareTo(SMALLEST_WINDOW) > 0) {
      Instant middle = from.plus(Duration.between(from, to).dividedBy(2));
      return window(sellerId, token, from, middle) + window(sellerId, token, middle, to);
    }
    int corrected = 0;
    for (EbayListing listing : page.items()) {
      ListingSync.Result result =
          listings.apply(
              sellerId,
              listing.itemId(),
              ListingSync.ListingState.polled(
                  SyncSource.RECONCILIATION, listing, page.timestamp()));
      if (result.outcome() == ListingSync.Outcome.APPLIED) {
        corrected++;
      }
    }
    return corrected;
  }
}
