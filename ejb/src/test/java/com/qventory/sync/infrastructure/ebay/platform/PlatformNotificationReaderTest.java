package com.qventory.sync.infrastructure.ebay.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.qventory.sync.domain.webhook.PlatformNotification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlatformNotificationReaderTest {

  @Test
  void readsTheIdentifyingFieldsOfAModernNotification() throws Exception {
    PlatformNotification notification =
        PlatformNotificationReader.read(fixture("item-listed.xml"), null);

    assertEquals("ItemListed", notification.eventName());
    assertEquals(Optional.of("110588001234"), notification.ebayItemId());
    assertEquals(Optional.of("vintage_finds_co"), notification.recipientUserId());
    assertEquals(
        Optional.of(Instant.parse("2026-11-27T18:35:50.478Z")), notification.ebayTimestamp());
    assertEquals(fixture("item-listed.xml"), notification.rawPayload());
  }

  @Test
  void theBodysEventNameWinsOverTheSoapAction() throws Exception {
    PlatformNotification notification =
        PlatformNotificationReader.read(
            fixture("item-listed.xml"), "\"https://developer.ebay.com/notification/ItemRevised\"");

    assertEquals("ItemListed", notification.eventName());
  }

  @Test
  void aLegacyNotificationIsReadWithoutCrashingAndNamedFromItsSoapAction() throws Exception {
    PlatformNotification notification =
        PlatformNotificationReader.read(
            fixture("item-suspended-legacy.xml"),
            "\"http://developer.ebay.com/notification/ItemSuspended\"");

    assertEquals("ItemSuspended", notification.eventName());
    assertEquals(Optional.empty(), notification.ebayItemId());
    assertEquals(Optional.empty(), notification.ebayTimestamp());
  }

  @Test
  void withoutAnyEventNameTheEventIsUnknown() throws Exception {
    PlatformNotification notification =
        PlatformNotificationReader.read(fixture("item-suspended-legacy.xml"), null);

    assertEquals(PlatformNotificationReader.UNKNOWN_EVENT, notification.eventName());
  }

  @Test
  void soapActionsNameTheEventInTheirLastSegment() {
    assertEquals(
        Optional.of("ItemSold"),
        PlatformNotificationReader.eventNameFromSoapAction(
            "\"https://developer.ebay.com/notification/ItemSold\""));
    assertEquals(
        Optional.of("FixedPriceTransaction"),
        PlatformNotificationReader.eventNameFromSoapAction(
            "http://developer.ebay.com/notification/FixedPriceTransaction"));
    assertEquals(Optional.empty(), PlatformNotificationReader.eventNameFromSoapAction("\"\""));
    assertEquals(
        Optional.empty(),
        PlatformNotificationReader.eventNameFromSoapAction("https://x/notification/<script>"));
  }

  @Test
  void anEntityDeclaredInADoctypeIsNeverResolved() {
    assertThrows(
        MalformedNotificationException.class,
        () -> PlatformNotificationReader.read(fixture("with-doctype.xml"), null));
  }

  @Test
  void textThatIsNotXmlIsRefused() {
    assertThrows(
        MalformedNotificationException.class,
        () -> PlatformNotificationReader.read("ItemListed, please", null));
  }

  static String fixture(String name) {
    try (InputStream in =
        PlatformNotificationReaderTest.class.getResourceAsStream("/notifications/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
