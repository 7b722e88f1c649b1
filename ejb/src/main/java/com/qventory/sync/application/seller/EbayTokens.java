package com.qventory.sync.application.seller;

import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayApi;
import com.qventory.sync.domain.seller.EbayApiException;
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
    if (account.getAccessTokenEncrypted() == null) {
      throw new EbayApiException("No eBay token: connect the eBay account again");
    }
    if (account.getAccessTokenExpiresAt().isAfter(clock.instant().plus(REFRESH_AHEAD))) {
      return cipher.decrypt(account.getAccessTokenEncrypted());
    }
    return refresh(account);
  }

  /** A new access token from the refresh token, stored. */
  String refresh(EbayAccount account) throws EbayApiException {
    if (account.getRefreshTokenEncrypted() == null) {
      throw new EbayApiException("The eBay token lapsed: connect the eBay account again");
    }
    EbayApi.Tokens fresh = ebay.refresh(cipher.decrypt(account.getRefreshTokenEncrypted()));
    store(account, fresh);
    return fresh.accessToken();
  }
}
