package com.qventory.sync.domain.seller;

import java.util.Optional;
import java.util.Set;

/**
 * eBay (or the way to it) said no: an OAuth error, a Trading API Failure, or no answer. Carries
 * eBay's error code where eBay gave one, so that callers can react to the ones that mean something
 * they can fix.
 */
public class EbayApiException extends Exception {

  private static final long serialVersionUID = 1L;

  /** eBay's "IAF token has expired" (21917053) and "invalid IAF token" (21916984). */
  private static final Set<String> TOKEN_REJECTED = Set.of("21917053", "21916984");

  /** OAuth's answer to a refresh token that was revoked or has expired. */
  public static final String INVALID_GRANT = "invalid_grant";

  private final String code;

  public EbayApiException(String message) {
    this(message, (String) null);
  }

  public EbayApiException(String message, String code) {
    super(message);
    this.code = code;
  }

  public EbayApiException(String message, Throwable cause) {
    super(message, cause);
    this.code = null;
  }

  /** eBay's error code (a Trading API ErrorCode, or an OAuth error such as invalid_grant). */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** eBay refused the access token itself: a refreshed one may be accepted. */
  public boolean tokenRejected() {
    return code != null && TOKEN_REJECTED.contains(code);
  }

  /** eBay's "call usage limit has been reached" (518): calling again soon only adds refusals. */
  public boolean callLimitReached() {
    return "518".equals(code);
  }

  /** eBay refused the refresh token: only the seller can grant access again. */
  public boolean grantRefused() {
    return INVALID_GRANT.equals(code);
  }
}
