package com.qventory.sync.domain.seller;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether we still have the seller's access to eBay: since when eBay refuses our tokens (only the
 * seller can grant access again), and when and why the seller revoked it on eBay.
 */
@Embeddable
public class AccessState {

  private static final int MAX_REASON = 1000;
  private static final int MAX_REVOKE_REASON = 40;

  /** Since when eBay refuses our tokens for this seller. */
  @Column(name = "reconnect_needed_since")
  private Instant reconnectNeededSince;

  @Column(name = "reconnect_reason", length = MAX_REASON)
  private String reconnectReason;

  /** When the seller revoked our access on eBay (AUTHORIZATION_REVOCATION), and eBay's reason. */
  @Column(name = "access_revoked_at")
  private Instant revokedAt;

  @Column(name = "revoke_reason", length = MAX_REVOKE_REASON)
  private String revokeReason;

  void reconnectNeeded(String reason, Instant now) {
    reconnectNeededSince = now;
    reconnectReason = reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
  }

  void revoked(Instant at, Optional<String> reason) {
    revokedAt = at;
    revokeReason =
        reason
            .map(r -> r.length() <= MAX_REVOKE_REASON ? r : r.substring(0, MAX_REVOKE_REASON))
            .orElse(null);
  }

  /** Granted again: the seller connected. */
  void granted() {
    reconnectNeededSince = null;
    reconnectReason = null;
    revokedAt = null;
    revokeReason = null;
  }

  public Optional<Instant> getReconnectNeededSince() {
    return Optional.ofNullable(reconnectNeededSince);
  }

  public String getReconnectReason() {
    return reconnectReason;
  }

  public Optional<Instant> getRevokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<String> getRevokeReason() {
    return Optional.ofNullable(revokeReason);
  }
}
