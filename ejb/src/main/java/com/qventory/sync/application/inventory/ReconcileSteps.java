package com.qventory.sync.application.inventory;

import com.qventory.sync.application.metrics.OperationalMetrics;
import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.SyncSource;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.SellerRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The short transactions of a reconciliation pass; eBay is called between them, outside any
 * transaction, because an answer can take minutes.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReconcileSteps {

  /**
   * How long a pass holds the seller without showing progress before another node may take over.
   */
  static final Duration LEASE = Duration.ofMinutes(10);

  /** Where a pass starts, and the token it polls with. */
  public record Start(Instant from) {}

  @Inject private OperationalMetrics metrics;

  @Inject SellerRepository sellers;

  @Inject ListingSync listings;

  /**
   * Takes the seller's lease and says where to start: the end of the last pass less the overlap, or
   * — for the first pass — when eBay was connected (the initial import took the state then), never
   * beyond eBay's horizon.
   *
   * @return empty when the seller is not connected or another node holds them
   */
  public Optional<Start> begin(long sellerId, Instant now, Duration overlap, Duration horizon) {
    Optional<EbayAccount> found =
        sellers
            .findBySellerId(sellerId)
            .filter(a -> a.getStatus() == EbayAccount.Status.CONNECTED)
            .filter(a -> a.getReconnectNeededSince().isEmpty())
            .filter(a -> a.reconcilePausedAt(now).isEmpty());
    if (found.isEmpty() || !sellers.leaseReconciliation(sellerId, now, now.plus(LEASE))) {
      return Optional.empty();
    }
    EbayAccount account = found.get();
    Instant since =
        account.getReconciledTo() != null ? account.getReconciledTo() : account.getConnectedAt();
    Instant from = since.minus(overlap);
    Instant earliest = now.minus(horizon);
    return Optional.of(new Start(from.isBefore(earliest) ? earliest : from));
  }

  /**
   * Applies one listing as eBay stated it at {@code stateAt}, in a transaction of its own like a
   * notification: a window of thousands never builds one large transaction.
   *
   * @return whether it corrected the item
   */
  public boolean apply(long sellerId, EbayListing listing, Instant stateAt) {
    return listings
            .apply(
                sellerId,
                listing.itemId(),
                ListingSync.ListingState.polled(SyncSource.RECONCILIATION, listing, stateAt))
            .outcome()
        == ListingSync.Outcome.APPLIED;
  }

  /**
   * Records that the seller's changes are covered up to {@code windowEnd} (a pass that fails later
   * resumes there) and extends the lease.
   */
  public void covered(long sellerId, Instant windowEnd, Instant now) {
    sellers.findBySellerId(sellerId).ifPresent(a -> a.reconciledUpTo(windowEnd));
    sellers.renewReconciliation(sellerId, now.plus(LEASE));
  }

  public void finished(long sellerId, Instant to, Instant at, int corrected) {
    sellers.findBySellerId(sellerId).ifPresent(a -> a.reconciled(to, at, corrected));
    metrics.reconciled("done", corrected);
    sellers.releaseReconciliation(sellerId);
  }

  /** eBay's call limit was reached: the seller is not polled again before {@code until}. */
  public void paused(long sellerId, String error, Instant at, Instant until) {
    sellers.findBySellerId(sellerId).ifPresent(a -> a.reconcilePaused(error, at, until));
    metrics.reconciled("paused", 0);
    sellers.releaseReconciliation(sellerId);
  }

  public void failed(long sellerId, String error, Instant at) {
    sellers.findBySellerId(sellerId).ifPresent(a -> a.reconcileFailed(error, at));
    metrics.reconciled("failed", 0);
    sellers.releaseReconciliation(sellerId);
  }
}
