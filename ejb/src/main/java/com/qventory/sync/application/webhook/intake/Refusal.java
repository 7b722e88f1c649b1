package com.qventory.sync.application.webhook.intake;

import com.qventory.sync.domain.webhook.RefusalReason;
import com.qventory.sync.domain.webhook.Sha256;
import java.time.Instant;
import java.util.Objects;

/**
 * One refused request, as it is counted and recorded: never its body, only the body's length and
 * digest, and what the request said it was where that could be read.
 *
 * @param eventName what it said it was (a SOAP event name or a JSON topic), or null
 * @param recipientUserId the eBay user it named, or null
 * @param ebayItemId the listing it named, or null
 */
public record Refusal(
    RefusalReason reason,
    String detail,
    String remoteAddress,
    Instant receivedAt,
    int bodyLength,
    String bodySha256,
    String eventName,
    String recipientUserId,
    String ebayItemId) {

  public Refusal {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(remoteAddress, "remoteAddress");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(bodySha256, "bodySha256");
  }

  /** A refusal of {@code body} that names nothing read from it. */
  public static Refusal of(
      RefusalReason reason, String detail, byte[] body, String remoteAddress, Instant at) {
    return new Refusal(
        reason, detail, remoteAddress, at, body.length, Sha256.hex(body), null, null, null);
  }

  /** The same refusal, naming what the request said it was. */
  public Refusal naming(String eventName, String recipientUserId, String ebayItemId) {
    return new Refusal(
        reason,
        detail,
        remoteAddress,
        receivedAt,
        bodyLength,
        bodySha256,
        eventName,
        recipientUserId,
        ebayItemId);
  }
}
