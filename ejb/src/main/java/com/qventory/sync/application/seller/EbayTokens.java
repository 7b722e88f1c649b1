package com.qventory.sync.application.seller;

import com.qventory.sync.domain.seller.EbayAccess;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.StoredTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * A seller's eBay tokens as the account stores them: only encrypted, each bound to its row and
 * column. Handing out a fresh one, which may ask eBay, is {@link FreshTokens}'.
 */
@ApplicationScoped
public class EbayTokens {

  @Inject private TokenEncryption cipher;

  @Inject private Clock clock;

  /** The account's access token, decrypted (the account must hold one). */
  String accessTokenOf(EbayAccount account) {
    return cipher.decrypt(
        account.getTokens().orElseThrow().accessTokenEncrypted(), accessContext(account));
  }

  /** The account's refresh token, decrypted (the account must hold one). */
  String refreshTokenOf(EbayAccount account) {
    return cipher.decrypt(
        account.getTokens().flatMap(StoredTokens::refreshToken).orElseThrow(),
        refreshContext(account));
  }

  void store(EbayAccount account, EbayAccess.Tokens tokens) {
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
}
