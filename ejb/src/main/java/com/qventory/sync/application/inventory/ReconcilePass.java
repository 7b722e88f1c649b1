package com.qventory.sync.application.inventory;

import com.qventory.sync.application.Failures;
import com.qventory.sync.application.seller.FreshTokens;
import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.EbayListings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One seller's reconciliation, within eBay's documented limits (KB 55, KB 1313): GetSellerEvents
 * over the time since the last pass, in 30-minute windows that overlap the last pass by two
 * minutes, never beyond eBay's 48-hour horizon and never into the last {@code settle} time (eBay's
 * answer is meaningful only up to now − 2 minutes). A window whose answer reaches eBay's cap of
 * 2,000 items (DetailLevel=ReturnAll; GetSellerEvents has no pages) is asked again in halves. Each
 * listing is applied as eBay states it at the answer's time less the settle time, so that a newer
 * notification still wins. eBay is called outside any transaction; each window's effect and
 * progress commit together.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReconcilePass {

  private static final Logger LOG = Logger.getLogger(ReconcilePass.class.getName());
  static final Duration OVERLAP = Duration.ofMinutes(2);
  static final Duration HORIZON = Duration.ofHours(47);
  static final Duration WINDOW = Duration.ofMinutes(30);
  static final int TRUNCATED_AT = 2_000;
  static final Duration SMALLEST_WINDOW = Duration.ofSeconds(1);

  /** How long to leave a seller alone after eBay answered that a call limit is reached. */
  static final Duration CALL_LIMIT_PAUSE = Duration.ofHours(1);

  @Inject ReconcileSteps steps;

  @Inject EbayListings listings;

  @Inject Clock clock;

  @Inject FreshTokens tokens;

  /** How long eBay takes to show a change in GetSellerEvents (KB 55: two minutes). */
  @Inject
  @ConfigProperty(name = "qventory.reconcile.settle-time", defaultValue = "PT2M")
  Duration settle;

  /**
   * @return how many items it corrected (0 when the seller is not connected or another node holds
   *     them)
   */
  public int reconcile(long sellerId) {
    Instant now = clock.instant();
    Optional<ReconcileSteps.Start> start = steps.begin(sellerId, now, OVERLAP, HORIZON);
    if (start.isEmpty()) {
      LOG.info(
          () ->
              "[RECONCILE] Seller "
                  + sellerId
                  + " not polled now: not connected, paused by eBay's call limit, or another"
                  + " pass holds them");
      return 0;
    }
    Instant to = now.minus(settle);
    try {
      Poll poll = new Poll(sellerId, tokens.accessToken(sellerId));
      int corrected = 0;
      Instant from = start.get().from();
      while (from.isBefore(to)) {
        Instant end = from.plus(WINDOW).isBefore(to) ? from.plus(WINDOW) : to;
        corrected += window(poll, from, end);
        from = end;
      }
      steps.finished(sellerId, to, clock.instant(), corrected);
      return corrected;
    } catch (EbayApiException | RuntimeException e) {
      return failed(sellerId, e);
    }
  }

  /** One pass's seller and the token it polls with, refreshed once if eBay refuses it. */
  private static final class Poll {
    final long sellerId;
    String token;
    boolean refreshed;

    Poll(long sellerId, String token) {
      this.sellerId = sellerId;
      this.token = token;
    }
  }

  /** One window; halved while eBay's answer reaches its cap. */
  private int window(Poll poll, Instant from, Instant to) throws EbayApiException {
    long sellerId = poll.sellerId;
    EbayListings.SellerListPage page = sellerEvents(poll, from, to);
    List<EbayListing> items = page.items();
    if (items.size() >= TRUNCATED_AT) {
      if (Duration.between(from, to).compareTo(SMALLEST_WINDOW) > 0) {
        Instant middle = from.plus(Duration.between(from, to).dividedBy(2));
        return window(poll, from, middle) + window(poll, middle, to);
      }
      LOG.warning(
          "[RECONCILE] Seller "
              + sellerId
              + ": "
              + items.size()
              + " listings changed within "
              + SMALLEST_WINDOW
              + " at "
              + from
              + "; eBay may have left some out");
    }
    Instant stateAt = page.timestamp().minus(settle);
    int corrected = 0;
    for (EbayListing listing : items) {
      if (steps.apply(sellerId, listing, stateAt)) {
        corrected++;
      }
    }
    steps.covered(sellerId, to, clock.instant());
    return corrected;
  }

  /**
   * GetSellerEvents; when eBay refuses the access token (expired or invalid before its time), the
   * token is refreshed once and the call made again.
   */
  private EbayListings.SellerListPage sellerEvents(Poll poll, Instant from, Instant to)
      throws EbayApiException {
    try {
      return listings.sellerEvents(poll.token, from, to);
    } catch (EbayApiException e) {
      if (!e.tokenRejected() || poll.refreshed) {
        throw e;
      }
      poll.refreshed = true;
      poll.token =
          tokens
              .refresh(poll.sellerId)
              .orElseThrow(() -> new EbayApiException("The eBay account changed while polling it"));
      return listings.sellerEvents(poll.token, from, to);
    }
  }

  private int failed(long sellerId, Exception e) {
    String error = Failures.rootCauseMessage(e);
    Instant now = clock.instant();
    if (e instanceof EbayApiException ebayError && ebayError.callLimitReached()) {
      Instant until = now.plus(CALL_LIMIT_PAUSE);
      steps.paused(sellerId, error, now, until);
      LOG.warning("[RECONCILE] Seller " + sellerId + ": eBay's call limit; paused until " + until);
      return 0;
    }
    steps.failed(sellerId, error, now);
    LOG.warning("[RECONCILE] Seller " + sellerId + ": " + error);
    return 0;
  }
}
