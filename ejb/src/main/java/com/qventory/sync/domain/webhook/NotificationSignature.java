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
   *
   * <p>One pass over the payload, each character looked at a bounded number of times whatever the
   * payload holds (the screening's reader has already refused what is not well-formed XML). Every
   * element named {@code NotificationSignature}, with any prefix, has everything between its start
   * tag and its end tag masked — comments and CDATA in it too, so no part of a signature split by a
   * comment is kept. A start tag without its end tag masks the rest of the payload.
   */
  public static String masked(String rawPayload) {
    StringBuilder masked = null;
    int copied = 0;
    int from = 0;
    for (int name; (name = rawPayload.indexOf(ELEMENT, from)) >= 0; ) {
      from = name + ELEMENT.length();
      int open = startOfTag(rawPayload, name, copied);
      if (open < 0 || from >= rawPayload.length() || !endsName(rawPayload.charAt(from))) {
        continue;
      }
      int tagEnd = rawPayload.indexOf('>', from);
      if (tagEnd < 0) {
        break;
      }
      from = tagEnd + 1;
      if (rawPayload.charAt(tagEnd - 1) == '/') {
        continue; // <NotificationSignature/>: nothing to mask
      }
      String endTag = "</" + rawPayload.substring(open + 1, name) + ELEMENT;
      int close = rawPayload.indexOf(endTag, from);
      if (masked == null) {
        masked = new StringBuilder(rawPayload.length());
      }
      masked.append(rawPayload, copied, from).append("***");
      copied = close < 0 ? rawPayload.length() : close;
      if (close < 0) {
        break;
      }
      from = close + endTag.length();
    }
    return masked == null
        ? rawPayload
        : masked.append(rawPayload, copied, rawPayload.length()).toString();
  }

  private static final String ELEMENT = "NotificationSignature";

  /** Longest namespace prefix looked back over: a real one is a few characters. */
  private static final int MAX_PREFIX = 64;

  /**
   * Where the start tag of the element whose name begins at {@code name} begins ({@code <} then an
   * optional {@code prefix:}), or -1 when the name is not an element's. Never looks before {@code
   * notBefore} or more than {@link #MAX_PREFIX} characters back.
   */
  private static int startOfTag(String payload, int name, int notBefore) {
    int at = name - 1;
    if (at >= notBefore && payload.charAt(at) == '<') {
      return at;
    }
    if (at < notBefore || payload.charAt(at) != ':') {
      return -1;
    }
    int limit = Math.max(notBefore, name - 1 - MAX_PREFIX);
    for (int i = at - 1; i >= limit; i--) {
      char c = payload.charAt(i);
      if (c == '<') {
        return i < at - 1 ? i : -1;
      }
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean endsName(char c) {
    return c == '>' || c == '/' || Character.isWhitespace(c);
  }

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
