package com.qventory.sync.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * eBay's NotificationSignature: {@code Base64(MD5(Timestamp + DevID + AppID + CertID))} over the
 * timestamp exactly as sent. The legacy format carries the same digest as 32 hex characters. Proves
 * only that the sender knows the keyset — not that the body is intact.
 */
public final class NotificationSignature {

  private NotificationSignature() {}

  public static String expected(String timestampText, EbayKeyset keyset) {
    return Base64.getEncoder().encodeToString(digest(timestampText, keyset));
  }

  /** Compares in constant time, so that timing reveals nothing about the expected value. */
  public static boolean matches(String given, String timestampText, EbayKeyset keyset) {
    if (given == null || timestampText == null) {
      return false;
    }
    byte[] digest = digest(timestampText, keyset);
    String candidate = given.strip();
    byte[] expected =
        candidate.length() == 32
            ? HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII)
            : Base64.getEncoder().encode(digest);
    byte[] presented =
        (candidate.length() == 32 ? candidate.toLowerCase(Locale.ROOT) : candidate)
            .getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, presented);
  }

  /**
   * The payload with its signature replaced by {@code ***}: what we keep and show. Nothing after
   * the endpoint needs the signature, and a stored one would let anyone who reads the event log
   * forge this timestamp's signature.
   */
  public static String masked(String rawPayload) {
    // The element is matched only where its name occurs, not tried at every position of the
    // payload: a regex scan of every notification was 2-3 % of the webhook's CPU under load.
    StringBuilder masked = null;
    int copied = 0;
    for (int name = rawPayload.indexOf(ELEMENT);
        name >= 0;
        name = rawPayload.indexOf(ELEMENT, name + ELEMENT.length())) {
      int open = rawPayload.lastIndexOf('<', name);
      if (open < copied) {
        continue;
      }
      java.util.regex.Matcher element =
          SIGNATURE_ELEMENT.matcher(rawPayload).region(open, rawPayload.length());
      if (element.lookingAt()) {
        if (masked == null) {
          masked = new StringBuilder(rawPayload.length());
        }
        masked.append(rawPayload, copied, element.end(1)).append("***");
        copied = element.start(2);
      }
    }
    return masked == null
        ? rawPayload
        : masked.append(rawPayload, copied, rawPayload.length()).toString();
  }

  private static final String ELEMENT = "NotificationSignature";

  private static final java.util.regex.Pattern SIGNATURE_ELEMENT =
      java.util.regex.Pattern.compile(
          "(<(?:[A-Za-z_][\\w.-]*:)?NotificationSignature\\b[^>]*(?<!/)>)[^<]*(</)");

  private static byte[] digest(String timestampText, EbayKeyset keyset) {
    try {
      return MessageDigest.getInstance("MD5")
          .digest(
              (timestampText + keyset.devId() + keyset.appId() + keyset.certId())
                  .getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every Java platform", e);
    }
  }
}
