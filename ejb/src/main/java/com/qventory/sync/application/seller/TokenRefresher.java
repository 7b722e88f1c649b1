package com.qventory.sync.application.seller;

import com.qventory.sync.application.LogText;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.SellerRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Refreshes sellers' eBay access tokens before they lapse (they live two hours), every ten minutes
 * for those lapsing within twenty, so that a token is never found expired when it is needed. On
 * several nodes each may refresh the same token; eBay accepts either.
 */
@Singleton
@PermitAll
public class TokenRefresher {

  private static final Logger LOG = Logger.getLogger(TokenRefresher.class.getName());
  static final Duration AHEAD = Duration.ofMinutes(20);

  @Inject private SellerRepository sellers;

  @Inject private EbayTokens tokens;

  @Inject private Clock clock;

  @Inject private com.qventory.sync.application.OperationalMetrics metrics;

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  void refreshLapsingTokens() {
    for (EbayAccount account : sellers.lapsingBefore(clock.instant().plus(AHEAD))) {
      try {
        tokens.refresh(account);
      } catch (EbayApiException | RuntimeException e) {
        metrics.tokenRefreshFailed();
        LOG.warning(
            "[IDENTITY] The eBay token of seller "
                + account.getSellerId()
                + " was not refreshed: "
                + LogText.safe(e.getMessage()));
      }
    }
  }
}
