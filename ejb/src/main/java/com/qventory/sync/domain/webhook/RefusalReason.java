package com.qventory.sync.domain.webhook;

/**
 * Why a request was refused; each has its HTTP status, an operator's hint, and the log prefix of
 * the part that refused it.
 */
public enum RefusalReason {
  PUSH_SYNC_DISABLED(503, "the eBay keyset is not configured"),
  METHOD_NOT_ALLOWED(405, "eBay only ever POSTs notifications"),
  TOO_LARGE(413, "the body is larger than qventory.webhook.max-body-bytes"),
  MALFORMED(400, "not a readable eBay SOAP notification"),
  MISSING_SIGNATURE(401, "no NotificationSignature"),
  MISSING_TIMESTAMP(401, "no Timestamp to verify the signature against"),
  BAD_SIGNATURE(
      401,
      "NotificationSignature does not match the configured keyset: check EBAY_DEV_ID, EBAY_CLIENT_ID and EBAY_CERT_ID"),
  TIMESTAMP_OUT_OF_WINDOW(
      401,
      "Timestamp outside qventory.webhook.timestamp-tolerance (clock skew or a replayed request)"),
  SIGNATURE_REUSED(
      401,
      "a NotificationSignature accepted before came with too many other bodies: a captured signature replayed"),
  // eBay's JSON Notification API (/webhooks/ebay): eBay expects 412 when verification fails.
  API_MISSING_SIGNATURE(412, "no readable X-EBAY-SIGNATURE header on a JSON notification"),
  API_BAD_KEY_ID(
      412, "X-EBAY-SIGNATURE names a key id that is not of eBay's shape: never looked up"),
  API_UNKNOWN_KEY(412, "X-EBAY-SIGNATURE names a key id eBay's Notification API does not know"),
  API_BAD_SIGNATURE(
      412, "X-EBAY-SIGNATURE does not verify over the request's bytes with eBay's public key"),
  API_MALFORMED(400, "a verified body that is not eBay's JSON notification envelope"),
  // The HTTP edge, before any webhook or page reads the request.
  BODY_TIMEOUT(
      408, "a request body did not arrive whole within qventory.http.body-deadline: cut off"),
  TOO_MANY_OPEN_BODIES(
      429,
      "more request bodies arriving at once from one address than qventory.http.open-bodies-per-address");

  private final int httpStatus;
  private final String hint;

  RefusalReason(int httpStatus, String hint) {
    this.httpStatus = httpStatus;
    this.hint = hint;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String hint() {
    return hint;
  }

  /** The log prefix of the part that refuses for this reason. */
  public String logPrefix() {
    if (this == BODY_TIMEOUT || this == TOO_MANY_OPEN_BODIES) {
      return "[HTTP]";
    }
    return name().startsWith("API_") ? "[NOTIFICATION-API]" : "[PLATFORM]";
  }
}
