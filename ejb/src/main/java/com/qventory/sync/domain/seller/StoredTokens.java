package com.qventory.sync.domain.seller;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A seller's eBay tokens as stored: encrypted by the caller (this type never sees a token in
 * clear), with when each lapses. The refresh token may be absent; the access token never is.
 */
@Embeddable
public record StoredTokens(
    @Column(name = "access_token_enc") String accessTokenEncrypted,
    @Column(name = "access_token_expires_at") Instant accessTokenExpiresAt,
    @Column(name = "refresh_token_enc") String refreshTokenEncrypted,
    @Column(name = "refresh_token_expires_at") Instant refreshTokenExpiresAt) {

  public StoredTokens {
    Objects.requireNonNull(accessTokenEncrypted, "accessTokenEncrypted");
    Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
  }

  /** A new access token (and refresh token, when eBay sent one); the old refresh token stays. */
  public StoredTokens renewed(
      String accessTokenEncrypted,
      Instant accessTokenExpiresAt,
      Optional<String> refreshTokenEncrypted,
      Optional<Instant> refreshTokenExpiresAt) {
    return refreshTokenEncrypted.isPresent()
        ? new StoredTokens(
            accessTokenEncrypted,
            accessTokenExpiresAt,
            refreshTokenEncrypted.get(),
            refreshTokenExpiresAt.orElse(null))
        : new StoredTokens(
            accessTokenEncrypted,
            accessTokenExpiresAt,
            this.refreshTokenEncrypted,
            this.refreshTokenExpiresAt);
  }

  public Optional<String> refreshToken() {
    return Optional.ofNullable(refreshTokenEncrypted);
  }

  @Override
  public String toString() {
    return "StoredTokens[access token expires " + accessTokenExpiresAt + ", values hidden]";
  }
}
