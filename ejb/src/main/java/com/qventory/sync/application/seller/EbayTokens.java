package com.qventory.sync.application.seller;

import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayApi;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.SellerNotification;
import com.qventory.sync.domain.seller.SellerRepository;
import com.qventory.sync.domain.seller.StoredTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/** A seller's eBay tokens: stored only encrypted, handed out fresh. */
@ApplicationScoped
public class EbayTokens {

  private static final Logger LOG = Logger.getLogger(EbayTokens.class.getName());
  static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

  @Inject private EbayApi ebay;

  @Inject private TokenEncryption cipher;

  @Inject private Clock clock;

  @Inject private SellerRepository sellers;

  /** The account's refresh token, decrypted (the account must hold one). */
  String refreshTokenOf(EbayAccount account) {
    return cipher.decrypt(
        account.getTokens().flatMap(StoredTokens::refreshToken).orElseThrow(),
        refreshContext(account));
  }

  void store(EbayAccount account, EbayApi.Tokens tokens) {
    account.tokens(
        cipher.encrypt(tokens.accessToken(), accessContext(account)),
        tokens.accessTokenExpires(),
        tokens.refreshToken().map(t -> cipher.encrypt(t, refreshContext(account))).orElse(null),
        tokens.refreshTokenExpires().orElse(null));
  }

  /** What a ciphertext is bound to: the seller's eBay account row and the column. */
  static String accessContext(EbayAccount account) {
    return "ebay_account.seller_id=" + account.getSellerId() + ";access_token_enc";
  }

  static String refreshContext(EbayAccount account) {
    return "ebay_account.seller_id=" + account.getSellerId() + ";refresh_token_enc";
  }

  /**
   * Tokens stored before they were bound to their row and column, bound now (once, at start-up);
   * tokens the configured key cannot open are dropped and the seller asked to connect again.
   *
   * @return whether the account's tokens were bound (false: dropped)
   */
  boolean bindEarlierFormat(EbayAccount account) {
    StoredTokens stored = account.getTokens().orElseThrow();
    try {
      account.tokensEncryptedAgain(
          cipher.bind(stored.accessTokenEncrypted(), accessContext(account)),
          stored.refreshToken().map(t -> cipher.bind(t, refreshContext(account))).orElse(null));
      return true;
    } catch (IllegalStateException e) {
      account.tokensUnreadable(
          "The stored eBay tokens cannot be read with the configured token key: connect eBay"
              + " again",
          clock.instant());
      return false;
    }
  }

  /** The access token, refreshed first when it lapses within five minutes. */
  public String accessToken(EbayAccount account) throws EbayApiException {
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
    if (stored.accessTokenExpiresAt().isAfter(clock.instant().plus(REFRESH_AHEAD))) {
      return cipher.decrypt(
          account.getTokens().orElseThrow().accessTokenEncrypted(), accessContext(account));
    }
    return refresh(account);
  }

  /**
   * A new access token from the refresh token, stored. When eBay refuses the refresh token (revoked
   * on eBay, or expired), only the seller can grant access again: the account is marked so, polling
   * stops, and the seller's bell says what to do.
   */
  public String refresh(EbayAccount account) throws EbayApiException {
    String refreshToken =
        account
            .getTokens()
            .flatMap(StoredTokens::refreshToken)
            .orElseThrow(
                () ->
                    new EbayApiException("The eBay token lapsed: connect the eBay account again"));
    EbayApi.Tokens fresh;
    try {
      fresh = ebay.refresh(cipher.decrypt(refreshToken, refreshContext(account)));
    } catch (EbayApiException e) {
      if (e.grantRefused()) {
        account.needsReconnect(e.getMessage(), clock.instant());
        sellers.addNotification(
            new SellerNotification(
                account.getSellerId(), SellerNotification.RECONNECT_NEEDED, null, clock.instant()));
        LOG.warning(
            "[IDENTITY] eBay refused the refresh token of seller "
                + account.getSellerId()
                + ": reconnect needed");
      }
      throw e;
    }
    store(account, fresh);
    return fresh.accessToken();
  }
}
