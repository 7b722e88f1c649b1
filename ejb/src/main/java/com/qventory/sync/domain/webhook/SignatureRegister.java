package com.qventory.sync.domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The first body accepted under each signed Timestamp, shared by every node of a cluster and kept
 * across restarts. What a NotificationSignature proves is its Timestamp (it is a digest of the
 * Timestamp and the keyset), so the Timestamp text is the key, however the signature was spelled
 * (Base64, or the same digest as hex in any case).
 */
public interface SignatureRegister {

  /**
   * @param signedTimestamp the Timestamp text the signature was checked against
   * @param bodyDigest SHA-256 hex of the notification as stored (its signature masked)
   * @param forgetAt when the Timestamp leaves the window: the claim may be forgotten then
   */
  record Claim(String signedTimestamp, String bodyDigest, Instant forgetAt) {
    public Claim {
      Objects.requireNonNull(signedTimestamp, "signedTimestamp");
      Objects.requireNonNull(bodyDigest, "bodyDigest");
      Objects.requireNonNull(forgetAt, "forgetAt");
    }
  }

  /**
   * Registers each claim's body under its Timestamp unless a body is registered there already (the
   * first claim of a Timestamp in the list wins over later ones).
   *
   * @return the first body's digest by signed Timestamp — a claim's own when it was first
   */
  Map<String, String> claim(List<Claim> claims);

  /**
   * Forgets at most {@code limit} claims whose Timestamp left the window before {@code before}.
   *
   * @return how many were forgotten
   */
  int forgetBefore(Instant before, int limit);
}
