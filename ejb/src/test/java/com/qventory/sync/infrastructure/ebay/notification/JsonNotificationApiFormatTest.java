package com.qventory.sync.infrastructure.ebay.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.NotificationApiMessage;
import com.qventory.sync.domain.webhook.NotificationApiSignature;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * eBay's JSON read as eBay writes it. A fixed vector: a P-256 key, a body as eBay sends it, and
 * eBay's header signing exactly those bytes with SHA1withECDSA (made once with the JDK; ECDSA
 * signatures are random, their verification is not).
 */
class JsonNotificationApiFormatTest {

  private final JsonNotificationApiFormat format = new JsonNotificationApiFormat();

  static final String PUBLIC_KEY_PEM =
      "-----BEGIN PUBLIC KEY-----\n"
          + "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAErW6mRU6u+mYnAs6LQXPTuaZvykru\n"
          + "oZSADFV/IxYB4Gw5NSb1pkfYqv5cJ9L+s06ABOoLz4G9RO7uIFZnI0Xg2g==\n"
          + "-----END PUBLIC KEY-----";

  static final String HEADER =
      "eyJhbGciOiJlY2RzYSIsImtpZCI6Ijk5MzQ1YzRhLThhNmEtNGU0Yy04ZTJiLTBhMWMyZTNmNGE1YiIsInNpZ25hdHVyZSI6Ik1FVUNJUURzR1E3ZUwrckhRcDlMV3FHMXkrRGp6bk1nS045NlFGZDBTRVN6Zm1JVitnSWdTQmhVNGNuRzhFUm0wZG1LQ1B4c2FVUnhrM1FBeGhHbnhvTzNNSGN1K01ZPSIsImRpZ2VzdCI6IlNIQTEifQ==";

  static final String BODY =
      "{\"metadata\":{\"topic\":\"MARKETPLACE_ACCOUNT_DELETION\",\"schemaVersion\":\"1.0\","
          + "\"deprecated\":false},\"notification\":{\"notificationId\":"
          + "\"49feeaeb-4982-42d9-a377-9645b8479411_33f7e043-fed8-442b-9d44-791923bd9a6d\","
          + "\"eventDate\":\"2026-11-30T10:42:17.183Z\",\"publishDate\":\"2026-11-30T10:42:17.199Z\","
          + "\"publishAttemptCount\":1,\"data\":{\"username\":\"test_user\",\"userId\":\"ma8vp1jySJC\","
          + "\"eiasToken\":\"nY+sHZ2PrBmdj6wVnY+sEZ2PrA2dj6wJnY+gAZGEpwmdj6x9nY+seQ==\"}}}";

  static final NotificationApiSignature.PublicKeyAnswer KEY =
      new NotificationApiSignature.PublicKeyAnswer(PUBLIC_KEY_PEM, "ECDSA", "SHA1");

  @Test
  void theHeaderNamesItsKeyAndVerifiesTheRawBytes() {
    NotificationApiSignature signature = format.signature(HEADER).orElseThrow();

    assertEquals("99345c4a-8a6a-4e4c-8e2b-0a1c2e3f4a5b", signature.keyId());
    assertEquals("SHA1withECDSA", KEY.jcaAlgorithm());
    assertTrue(signature.verifies(BODY.getBytes(StandardCharsets.UTF_8), KEY));
  }

  @Test
  void theSameJsonWithOtherWhitespaceFails() {
    // What a verifier that re-serialises the JSON would accept: not the bytes eBay signed.
    String pretty = BODY.replace("\":", "\": ").replace(",\"", ", \"");
    NotificationApiSignature signature = format.signature(HEADER).orElseThrow();

    assertFalse(signature.verifies(pretty.getBytes(StandardCharsets.UTF_8), KEY));
    assertFalse(
        signature.verifies(
            BODY.replace("test_user", "test_usex").getBytes(StandardCharsets.UTF_8), KEY));
  }

  @Test
  void anotherKeyOrAnUnusableKeyVerifiesNothing() {
    NotificationApiSignature signature = format.signature(HEADER).orElseThrow();
    byte[] body = BODY.getBytes(StandardCharsets.UTF_8);

    assertFalse(
        signature.verifies(
            body, new NotificationApiSignature.PublicKeyAnswer("not a key", "ECDSA", "SHA1")));
    assertFalse(
        signature.verifies(
            body, new NotificationApiSignature.PublicKeyAnswer(PUBLIC_KEY_PEM, "ECDSA", "MD0")));
  }

  @Test
  void headersThatAreNotEbaysAreNotSignatures() {
    assertEquals(Optional.empty(), format.signature(null));
    assertEquals(Optional.empty(), format.signature(""));
    assertEquals(Optional.empty(), format.signature("not base64!"));
    assertEquals(
        Optional.empty(),
        format.signature(
            Base64.getEncoder()
                .encodeToString("{\"alg\":\"ecdsa\"}".getBytes(StandardCharsets.UTF_8))));
    assertEquals(
        Optional.empty(),
        format.signature(
            Base64.getEncoder().encodeToString("[1,2]".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void theChallengeResponseIsSha256OfCodeTokenAndEndpointInLowercaseHex() {
    // printf '%s' code token endpoint | sha256sum
    assertEquals(
        "1afb9ba3e2bb5adaf1b96bfe934f31051583f89e70637eb7e539c6710760f247",
        NotificationApiSignature.challengeResponse(
            "a8628072-3d33-45ee-9004-bee86830a22d",
            "a-verification-token-of-32-chars-minimum",
            "https://sync.example.com/webhooks/ebay"));
  }

  @Test
  void theEnvelopeIsRead() throws Exception {
    NotificationApiMessage notification = format.read(BODY);

    assertEquals(NotificationApiMessage.MARKETPLACE_ACCOUNT_DELETION, notification.topic());
    assertEquals(
        "49feeaeb-4982-42d9-a377-9645b8479411_33f7e043-fed8-442b-9d44-791923bd9a6d",
        notification.notificationId());
    assertEquals(Optional.of("test_user"), notification.username());
    assertEquals(Optional.of("ma8vp1jySJC"), notification.dataText("userId"));
    assertEquals("2026-11-30T10:42:17.183Z", notification.eventDate().orElseThrow().toString());
  }

  @Test
  void dataKeepsTextAndNumbersAsText() throws Exception {
    NotificationApiMessage order =
        format.read(
            "{\"metadata\":{\"topic\":\"ORDER_CONFIRMATION\"},\"notification\":{"
                + "\"notificationId\":\"n-1\",\"data\":{\"orderId\":\"12-345\","
                + "\"quantity\":3,\"nested\":{\"x\":1},\"blank\":\"  \"}}}");

    assertEquals(Optional.of("12-345"), order.dataText("orderId"));
    assertEquals(Optional.of("3"), order.dataText("quantity"));
    assertEquals(Optional.empty(), order.dataText("nested"), "not one of eBay's fields");
    assertEquals(Optional.empty(), order.dataText("blank"));
  }

  @Test
  void whatIsNotAnEnvelopeIsMalformed() {
    for (String body :
        List.of(
            "not json",
            "[1]",
            "{\"metadata\":{}}",
            "{\"metadata\":{\"topic\":\"X\"},\"notification\":{}}")) {
      assertThrows(MalformedNotificationException.class, () -> format.read(body), body);
    }
  }

  @Test
  void aDeletionsProofOfHandlingNamesNoOne() throws Exception {
    String proof = format.proofOfHandling(format.read(BODY));

    assertFalse(proof.contains("test_user") || proof.contains("ma8vp1jySJC"), proof);
    assertTrue(proof.contains("\"erased\":true"), proof);
    assertEquals(NotificationApiMessage.MARKETPLACE_ACCOUNT_DELETION, format.read(proof).topic());
  }
}
