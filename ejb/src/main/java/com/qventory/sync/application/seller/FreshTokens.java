package com.qventory.sync.application.seller;

import com.qventory.sync.domain.seller.EbayAccess;
import com.qventory.sync.domain.seller.EbayApiException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * A seller's eBay access token, fresh, for a use case about to call eBay — with no transaction open
 * while eBay answers. The stored token is read in a short transaction; when it lapses within {@link
 * #REFRESH_AHEAD}, eBay is asked for a new one with no transaction open, and the answer is written
 * in another that locks the account and checks first that it still holds the refresh token eBay was
 * asked about ({@link TokenRefreshSteps}): a Disconnect or a revocation committed meanwhile wins.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FreshTokens {

  /** A token lapsing sooner than this is refreshed before it is used. */
  static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

  @Inject private TokenRefreshSteps steps;

  @Inject private EbayAccess access;

  @Inject private Clock clock;

  /**
   * @throws EbayApiException when the seller has no token eBay accepts (not connected, access
   *     revoked, refresh refused — the seller must connect again), or eBay cannot be asked now
   */
  public String accessToken(long sellerId) throws EbayApiException {
    TokenRefreshSteps.Current current = steps.current(sellerId);
    if (current.expires().isAfter(clock.instant().plus(REFRESH_AHEAD))) {
      return current.accessToken();
    }
    return refresh(sellerId).orElse(current.accessToken());
  }

  /**
   * Asks eBay for a new access token now (the one in use lapses, or eBay refused it).
   *
   * @return the new token; empty when the account changed while eBay answered (the answer is then
   *     dropped: disconnected, revoked, or connected again)
   * @throws EbayApiException when eBay refuses the refresh token (the seller is then asked to
   *     connect again) or cannot be asked
   */
  public Optional<String> refresh(long sellerId) throws EbayApiException {
    TokenRefreshSteps.Grant grant =
        steps
            .grantOf(sellerId)
            .orElseThrow(
                () -> new EbayApiException("No eBay token: connect the eBay account again"));
    EbayAccess.Tokens fresh;
    try {
      fresh = access.refresh(grant.refreshToken());
    } catch (EbayApiException e) {
      if (e.grantRefused()) {
        steps.refused(grant, e.getMessage());
      }
      throw e;
    }
    return steps.store(grant, fresh) ? Optional.of(fresh.accessToken()) : Optional.empty();
  }
}
