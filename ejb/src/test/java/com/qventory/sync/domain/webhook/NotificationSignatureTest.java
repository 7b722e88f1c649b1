package com.qventory.sync.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationSignatureTest {

  private final EbayKeyset keyset = Fixtures.testKeyset();

  @Test
  void matchesTheFactSheetsTestVector() {
    assertEquals(
        "nJPw67Ef+oWe+/PSYotHlA==",
        NotificationSignature.expected("2026-11-27T18:35:50.478Z", keyset));
    assertTrue(
        NotificationSignature.matches(
            "nJPw67Ef+oWe+/PSYotHlA==", "2026-11-27T18:35:50.478Z", keyset));
  }

  @Test
  void theTimestampIsHashedAsSentNotReformatted() {
    assertFalse(
        NotificationSignature.matches(
            "nJPw67Ef+oWe+/PSYotHlA==", "2026-11-27T18:35:50.478+00:00", keyset));
    assertFalse(
        NotificationSignature.matches("nJPw67Ef+oWe+/PSYotHlA==", "2026-11-27T18:35:50Z", keyset));
  }

  @Test
  void anotherKeysetOrSignatureDoesNotMatch() {
    EbayKeyset other =
        new EbayKeyset("devid-0000-test-vector", "AppId-qventory-SBX-0000", "another-cert");

    assertFalse(
        NotificationSignature.matches(
            "nJPw67Ef+oWe+/PSYotHlA==", "2026-11-27T18:35:50.478Z", other));
    assertFalse(
        NotificationSignature.matches(
            "AAAAAAAAAAAAAAAAAAAAAA==", "2026-11-27T18:35:50.478Z", keyset));
    assertFalse(NotificationSignature.matches(null, "2026-11-27T18:35:50.478Z", keyset));
  }

  @Test
  void theLegacyFormatCarriesTheSameDigestInHex() {
    String hex = "9c93f0ebb11ffa859efbf3d2628b4794";

    assertTrue(NotificationSignature.matches(hex, "2026-11-27T18:35:50.478Z", keyset));
    assertTrue(
        NotificationSignature.matches(hex.toUpperCase(), "2026-11-27T18:35:50.478Z", keyset));
  }

  @Test
  void theStoredPayloadHasItsSignatureMasked() {
    String signed = Fixtures.signed("item-listed.xml", Map.of());
    String legacy =
        Fixtures.signed("item-suspended-legacy.xml", Map.of("TIMESTAMP", "2026-11-27 18:40:00"));

    String masked = NotificationSignature.masked(signed);

    assertTrue(
        masked.contains("<ebl:NotificationSignature>***</ebl:NotificationSignature>"), masked);
    assertFalse(
        masked.contains(NotificationSignature.expected("2026-11-27T18:35:50.478Z", keyset)));
    assertTrue(NotificationSignature.masked(legacy).contains(">***</ebay:NotificationSignature>"));
  }

  @Test
  void everySignatureElementIsMaskedWhateverItsPrefixAttributesOrSpacingAndNothingElse() {
    String payload =
        "<a><NotificationSignature>one</NotificationSignature>"
            + "<x:NotificationSignature  id=\"2\">two</x:NotificationSignature>"
            + "<NotificationSignatureHint>keep</NotificationSignatureHint>"
            + "<b>NotificationSignature in text</b><NotificationSignature/></a>";

    assertEquals(
        "<a><NotificationSignature>***</NotificationSignature>"
            + "<x:NotificationSignature  id=\"2\">***</x:NotificationSignature>"
            + "<NotificationSignatureHint>keep</NotificationSignatureHint>"
            + "<b>NotificationSignature in text</b><NotificationSignature/></a>",
        NotificationSignature.masked(payload));
    String unsigned = "<a><b>no signature</b></a>";
    assertSame(unsigned, NotificationSignature.masked(unsigned), "nothing to mask, nothing copied");
  }
}
