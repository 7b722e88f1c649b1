package com.qventory.sync.application.inventory;

import com.qventory.sync.application.Failures;
import com.qventory.sync.application.LogText;
import com.qventory.sync.application.seller.FreshTokens;
import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.EbayListings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Imports a newly connected seller's active listings once, so that the inventory is complete before
 * push takes over: GetSellerList over an end-time window from now to 119 days ahead (eBay wants
 * less than 120) (every active listing ends in it), page by page; GetItem where a listing comes
 * without detail. eBay is asked with no transaction open; each page is then applied in a short
 * transaction of its own with its progress, which stops the import when the seller disconnected
 * meanwhile ({@link ImportPages}).
 */
@Stateless
@PermitAll
public class InitialImport {

  private static final Logger LOG = Logger.getLogger(InitialImport.class.getName());
  static final int PAGE_SIZE = 200;

  /** eBay requires a GetSellerList range of less than 120 days. */
  static final Duration WINDOW = Duration.ofDays(119);

  @Inject private ImportPages pages;

  @Inject private EbayListings listings;

  @Inject private FreshTokens tokens;

  @Inject private Clock clock;

  /** Runs in the background; progress and the outcome are on the seller's eBay account. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(long sellerId) {
    Instant from = clock.instant();
    Instant to = from.plus(WINDOW);
    int done = 0;
    try {
      int page = 1;
      int totalPages;
      do {
        String token = tokens.accessToken(sellerId); // fresh for every page: imports take long
        EbayListings.SellerListPage listed = listings.sellerList(token, from, to, page, PAGE_SIZE);
        List<EbayListing> detailed = new ArrayList<>(listed.items().size());
        for (EbayListing stated : listed.items()) {
          detailed.add(
              stated.title().isPresent() ? stated : listings.getItem(token, stated.itemId()));
        }
        Optional<Integer> applied =
            pages.apply(sellerId, detailed, listed.timestamp(), done, listed.totalEntries());
        if (applied.isEmpty()) {
          LOG.info("[IMPORT] Seller " + sellerId + ": import stopped, no longer connected");
          return;
        }
        done = applied.get();
        totalPages = listed.totalPages();
        page++;
      } while (page <= totalPages);
      pages.finished(sellerId, null);
      LOG.info("[IMPORT] Seller " + sellerId + ": " + done + " active listing(s) imported");
    } catch (EbayApiException | RuntimeException e) {
      String error = Failures.rootCauseMessage(e);
      pages.finished(sellerId, error);
      LOG.warning(
          "[IMPORT] Seller "
              + sellerId
              + ": initial import failed after "
              + done
              + " item(s): "
              + LogText.safe(error));
    }
  }
}
