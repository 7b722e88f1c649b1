package com.qventory.sync.application.seller;

import com.qventory.sync.application.LogText;
import com.qventory.sync.application.OperationalMetrics;
import com.qventory.sync.domain.seller.EbayApi;
import com.qventory.sync.domain.seller.EbayApiException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refreshes sellers' eBay access tokens before they lapse (they live two hours), every {@code
 * qventory.tokens.refresh-interval} (ten minutes) for those lapsing within twenty, so that a token
 * is never found expired when it is needed.
 *
 * <p>No transaction is open while eBay answers. Each seller is read in a short transaction of its
 * own, eBay is asked with none, and the answer is written in another that locks the account's row
 * and checks first that its tokens are still the ones eBay was asked about ({@link
 * TokenRefreshSteps}): a Disconnect, a revocation or a new connection committed meanwhile wins, and
 * the answer is dropped. A slow eBay slows the refresh down; it rolls nothing back. On several
 * nodes each may refresh the same token; eBay accepts either.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TokenRefresher {

  private static final Logger LOG = Logger.getLogger(TokenRefresher.class.getName());
  static final Duration AHEAD = Duration.ofMinutes(20);

  @Inject private TokenRefreshSteps steps;

  @Inject private EbayApi ebay;

  @Inject private Clock clock;

  @Inject private OperationalMetrics metrics;

  @Resource private TimerService timers;

  @Inject
  @ConfigProperty(name = "qventory.tokens.refresh-interval", defaultValue = "PT10M")
  private Duration interval;

  @PostConstruct
  void schedule() {
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalStateException("qventory.tokens.refresh-interval must be longer than zero");
    }
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
  }

  @Timeout
  void refreshLapsingTokens() {
    for (long sellerId : steps.lapsingBefore(clock.instant().plus(AHEAD))) {
      refresh(sellerId);
    }
  }

  private void refresh(long sellerId) {
    Optional<TokenRefreshSteps.Grant> grant = steps.grantOf(sellerId);
    if (grant.isEmpty()) {
      return; // disconnected or revoked since it was listed
    }
    EbayApi.Tokens fresh;
    try {
      fresh = ebay.refresh(grant.get().refreshToken());
    } catch (EbayApiException | RuntimeException e) {
      metrics.tokenRefreshFailed();
      if (e instanceof EbayApiException ebayError
          && ebayError.grantRefused()
          && steps.refused(grant.get(), e.getMessage())) {
        return; // the seller is asked to connect again
      }
      LOG.warning(
          "[IDENTITY] The eBay token of seller "
              + sellerId
              + " was not refreshed: "
              + LogText.safe(e.getMessage()));
      return;
    }
    if (!steps.store(grant.get(), fresh)) {
      LOG.info(
          "[IDENTITY] A refreshed eBay token of seller "
              + sellerId
              + " was dropped: the account changed while eBay answered (disconnected, revoked"
              + " or connected again)");
    }
  }
}
