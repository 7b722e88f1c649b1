package com.qventory.sync.application.seller;

import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayApi;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.StoredTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/** A seller's eBay tokens: stored only encrypted, handed out fresh. */
@ApplicationScoped
public class EbayTokens {

  static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

  @Inject private EbayApi ebay;

  @Inject private TokenEncryption cipher;

  @Inject private Clock clock;

  void store(EbayAccount account, EbayApi.Tokens tokens) {
    account.tokens(
        cipher.encrypt(tokens.accessToken()),
        tokens.accessTokenExpires(),
        tokens.refreshToken().map(cipher::encrypt).orElse(null),
        tokens.refreshTokenExpires().orElse(null));
  }

  /** The access token, refreshed first when it lapses within five minutes. */
  public String accessToken(EbayAccount account) throws EbayApiException {
    StoredTokens stored =
        account
            .getTokens()
            .orElseThrow(
                () -> new EbayApiException("No eBay token: connect the eBay account again"));
    if (stored.accessTokenExpiresAt().isAfter(clock.instant().plus(REFRESH_AHEAD))) {
      return cipher.decrypt(stored.accessTokenEncrypted());
    }
    return refresh(account);
  }

  /** A new access token from the refresh token, stored. */
  String refresh(EbayAccount account) throws EbayApiException {
    String refreshToken =
        account
            .getTokens()
            .flatMap(StoredTokens::refreshToken)
            .orElseThrow(
                () ->
                    new EbayApiException("The eBay token lapsed: connect the eBay account again"));
    EbayApi.Tokens fresh = ebay.refresh(cipher.decrypt(refreshToken));
    store(account, fresh);
    return fresh.accessToken();
  }
}
