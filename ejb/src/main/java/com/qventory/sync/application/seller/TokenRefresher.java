package com.qventory.sync.application.seller;

import com.qventory.sync.application.LogText;
import com.qventory.sync.application.metrics.OperationalMetrics;
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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refreshes sellers' eBay access tokens before they lapse (they live two hours), every {@code
 * qventory.tokens.refresh-interval} (ten minutes) for those lapsing within twenty, so that a token
 * is never found expired when it is needed. Each seller is refreshed on its own, with no
 * transaction open while eBay answers ({@link FreshTokens}): a slow eBay slows the refresh down; it
 * rolls nothing back, and a Disconnect or a revocation committed meanwhile wins. On several nodes
 * each may refresh the same token; eBay accepts either.
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

  @Inject private FreshTokens tokens;

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
      try {
        if (tokens.refresh(sellerId).isEmpty()) {
          LOG.info(
              "[IDENTITY] A refreshed eBay token of seller "
                  + sellerId
                  + " was dropped: the account changed while eBay answered (disconnected, revoked"
                  + " or connected again)");
        }
      } catch (EbayApiException | RuntimeException e) {
        metrics.tokenRefreshFailed();
        LOG.warning(
            "[IDENTITY] The eBay token of seller "
                + sellerId
                + " was not refreshed: "
                + LogText.safe(e.getMessage()));
      }
    }
  }
}
