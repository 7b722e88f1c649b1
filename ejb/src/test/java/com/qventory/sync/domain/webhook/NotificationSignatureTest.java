package com.qventory.sync.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.testing.Fixtures;
import java.time.Duration;
import java.util.List;
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

  @Test
  void aSignatureSplitByACommentOrCdataIsMaskedWhole() {
    String payload =
        "<a><ebl:NotificationSignature>nJPw67Ef<!-- x -->+oWe+/PSY<![CDATA[otHlA==]]>"
            + "</ebl:NotificationSignature><b>kept</b></a>";

    String masked = NotificationSignature.masked(payload);

    assertEquals(
        "<a><ebl:NotificationSignature>***</ebl:NotificationSignature><b>kept</b></a>", masked);
  }

  @Test
  void aStartTagWithoutItsEndTagMasksTheRest() {
    assertEquals(
        "<a><NotificationSignature>***",
        NotificationSignature.masked("<a><NotificationSignature>secret<b>more</b></a>"));
  }

  /**
   * Bodies built to make a scan go back and forth (two megabytes of the element's name, of unclosed
   * start tags, of long fake prefixes): a linear scan reads them in milliseconds, the former
   * regex-based one took about 40 s here. The generous limit only catches that difference, not
   * speed.
   */
  @Test
  void hostileRepetitionsAreMaskedInOnePass() {
    int size = 2 << 20;
    List<String> bodies =
        List.of(
            "<a><![CDATA[" + "NotificationSignature".repeat(size / 21) + "]]></a>",
            "<a><![CDATA[" + "<NotificationSignature>".repeat(size / 23) + "]]></a>",
            "<a><![CDATA["
                + ("<" + "p".repeat(60) + ":NotificationSignature ").repeat(size / 84)
                + "]]></a>",
            "<a>"
                + "<x:NotificationSignature>s</x:NotificationSignature>".repeat(size / 52)
                + "</a>");

    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> bodies.forEach(body -> assertFalse(NotificationSignature.masked(body).isEmpty())));
  }
}
