package com.qventory.sync.application.seller;

import com.qventory.sync.domain.seller.EbayAccess;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.SellerNotification;
import com.qventory.sync.domain.seller.SellerRepository;
import com.qventory.sync.domain.seller.StoredTokens;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The short transactions around eBay's token endpoint ({@link FreshTokens}): what to use or refresh
 * is read in one, eBay's answer is written in another, after the account's row is locked and found
 * unchanged.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TokenRefreshSteps {

  /**
   * What eBay is asked with, and what the account held when it was read: the answer is written only
   * while the account still holds exactly that.
   *
   * @param stored the refresh token as stored (encrypted) when it was read
   */
  public record Grant(long sellerId, String refreshToken, String stored) {
    @Override
    public String toString() {
      return "Grant[seller " + sellerId + ", tokens hidden]";
    }
  }

  /** The stored access token, decrypted, and when it lapses. */
  public record Current(String accessToken, Instant expires) {
    @Override
    public String toString() {
      return "Current[expires " + expires + ", token hidden]";
    }
  }

  @Inject private SellerRepository sellers;

  @Inject private EbayTokens tokens;

  @Inject private Clock clock;

  /**
   * The seller's access token as stored.
   *
   * @throws EbayApiException when the seller has none eBay accepts: not connected, or waiting for
   *     the seller to connect again
   */
  public Current current(long sellerId) throws EbayApiException {
    EbayAccount account =
        sellers
            .findBySellerId(sellerId)
            .filter(a -> a.getStatus() == EbayAccount.Status.CONNECTED)
            .orElseThrow(() -> new EbayApiException("No eBay account is connected"));
    if (account.getReconnectNeededSince().isPresent()) {
      throw new EbayApiException(
          "eBay refused Qventory's access: connect the eBay account again ("
              + account.getReconnectReason()
              + ")");
    }
    StoredTokens stored =
        account
            .getTokens()
            .orElseThrow(
                () -> new EbayApiException("No eBay token: connect the eBay account again"));
    return new Current(tokens.accessTokenOf(account), stored.accessTokenExpiresAt());
  }

  /** Sellers whose access token lapses before {@code before} and can be refreshed. */
  public List<Long> lapsingBefore(Instant before) {
    return sellers.lapsingBefore(before).stream().map(EbayAccount::getSellerId).toList();
  }

  /** The seller's refresh token, while the account is connected and eBay accepts its tokens. */
  public Optional<Grant> grantOf(long sellerId) {
    return sellers
        .findBySellerId(sellerId)
        .filter(TokenRefreshSteps::refreshable)
        .flatMap(
            account ->
                account
                    .getTokens()
                    .flatMap(StoredTokens::refreshToken)
                    .map(stored -> new Grant(sellerId, tokens.refreshTokenOf(account), stored)));
  }

  /**
   * Stores eBay's new access token, unless the account changed since {@code grant} was read.
   *
   * @return whether it was stored
   */
  public boolean store(Grant grant, EbayAccess.Tokens fresh) {
    Optional<EbayAccount> account = unchangedSince(grant);
    account.ifPresent(a -> tokens.store(a, fresh));
    return account.isPresent();
  }

  /**
   * eBay refused the refresh token: unless the account changed meanwhile, the seller is asked to
   * connect again (polling and refresh stop) and told so.
   *
   * @return whether the account was marked
   */
  public boolean refused(Grant grant, String reason) {
    Optional<EbayAccount> account = unchangedSince(grant);
    account.ifPresent(
        a -> {
          a.needsReconnect(reason, clock.instant());
          sellers.addNotification(
              new SellerNotification(
                  a.getSellerId(), SellerNotification.RECONNECT_NEEDED, null, clock.instant()));
        });
    return account.isPresent();
  }

  /** The account, locked, when it is still refreshable and holds the refresh token read before. */
  private Optional<EbayAccount> unchangedSince(Grant grant) {
    return sellers
        .lockBySellerId(grant.sellerId())
        .filter(TokenRefreshSteps::refreshable)
        .filter(
            a ->
                Objects.equals(
                    a.getTokens().flatMap(StoredTokens::refreshToken).orElse(null),
                    grant.stored()));
  }

  private static boolean refreshable(EbayAccount account) {
    return account.getStatus() == EbayAccount.Status.CONNECTED
        && account.getReconnectNeededSince().isEmpty();
  }
}
