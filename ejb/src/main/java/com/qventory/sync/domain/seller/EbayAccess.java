package com.qventory.sync.domain.seller;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: eBay's OAuth — a seller's consent and tokens, the application's token, and whose a token
 * is.
 */
public interface EbayAccess {

  record Tokens(
      String accessToken,
      Instant accessTokenExpires,
      Optional<String> refreshToken,
      Optional<Instant> refreshTokenExpires) {}

  record EbayUser(String userId, Optional<String> eiasToken) {}

  /** Where to send the seller for consent; {@code state} comes back with the code. */
  String consentUrl(String state);

  Tokens exchangeCode(String code) throws EbayApiException;

  Tokens refresh(String refreshToken) throws EbayApiException;

  /** An application token (client credentials grant): for calls made as the application. */
  Tokens applicationToken() throws EbayApiException;

  /** The eBay user an access token is for (GetUser). */
  EbayUser getUser(String accessToken) throws EbayApiException;
}
