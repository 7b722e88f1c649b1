package com.qventory.sync.application.webhook.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.application.webhook.intake.AcceptedSignatures.Use;
import com.qventory.sync.domain.webhook.NotificationSignature;
import com.qventory.sync.domain.webhook.SignatureRegister.Claim;
import com.qventory.sync.testing.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcceptedSignaturesTest {

  private static final String TIMESTAMP = "2026-12-02T03:00:00.123Z";

  /** The register the nodes share: first claim of a Timestamp wins; may be away. */
  private static final class Register implements AcceptedSignatures.SharedSignatures {
    final Map<String, String> first = new HashMap<>();
    boolean away;

    @Override
    public Optional<String> firstBody(Claim claim) {
      return away
          ? Optional.empty()
          : Optional.of(first.computeIfAbsent(claim.signedTimestamp(), t -> claim.bodyDigest()));
    }
  }

  private final Register register = new Register();
  private final AcceptedSignatures signatures = new AcceptedSignatures(register);
  private final Instant now = Instant.parse(TIMESTAMP);
  private final Instant forgetAt = now.plus(Duration.ofMinutes(10));

  @Test
  void theFirstBodyUnderATimestampIsRememberedAndMayComeAgain() {
    assertEquals(Use.FIRST, signatures.use(TIMESTAMP, "body-a", forgetAt, now));
    assertEquals(Use.SAME_BODY, signatures.use(TIMESTAMP, "body-a", forgetAt, now.plusSeconds(5)));
  }

  @Test
  void anotherBodyUnderTheSameTimestampIsToldApart() {
    signatures.use(TIMESTAMP, "body-a", forgetAt, now);

    assertEquals(Use.OTHER_BODY, signatures.use(TIMESTAMP, "body-b", forgetAt, now.plusSeconds(1)));
    assertEquals(
        Use.SAME_BODY,
        signatures.use(TIMESTAMP, "body-a", forgetAt, now.plusSeconds(2)),
        "the first body stays the one remembered");
  }

  /**
   * What is remembered is the Timestamp the signature proves, not the signature's text: the hex
   * form of the same digest, in any case, is the same signature. (Screening checks every spelling
   * against the keyset before anything is remembered.)
   */
  @Test
  void everySpellingOfOneSignatureIsOneSignature() {
    String base64 = NotificationSignature.expected(TIMESTAMP, Fixtures.testKeyset());
    String hex = HexFormat.of().formatHex(Base64.getDecoder().decode(base64));
    for (String spelling : new String[] {base64, hex, hex.toUpperCase(), mixedCase(hex)}) {
      assertTrue(NotificationSignature.matches(spelling, TIMESTAMP, Fixtures.testKeyset()));
    }
    signatures.use(TIMESTAMP, "genuine", forgetAt, now);

    assertEquals(Use.OTHER_BODY, signatures.use(TIMESTAMP, "forged", forgetAt, now));
  }

  @Test
  void aBodyAnotherNodeOrThisOneBeforeARestartAcceptedFirstIsNeverTheFirst() {
    new AcceptedSignatures(register).use(TIMESTAMP, "genuine", forgetAt, now); // node 1

    AcceptedSignatures otherNode = new AcceptedSignatures(register);
    assertEquals(Use.OTHER_BODY, otherNode.use(TIMESTAMP, "forged", forgetAt, now));
    assertEquals(
        Use.SAME_BODY,
        otherNode.use(TIMESTAMP, "genuine", forgetAt, now),
        "eBay's redelivery of the genuine body to the other node");
  }

  @Test
  void whileTheRegisterIsAwayThisNodesMemoryStillTellsBodiesApart() {
    register.away = true;
    signatures.use(TIMESTAMP, "body-a", forgetAt, now);

    assertEquals(Use.OTHER_BODY, signatures.use(TIMESTAMP, "body-b", forgetAt, now));
  }

  @Test
  void aTimestampCarriesABoundedNumberOfOtherBodies() {
    signatures.use(TIMESTAMP, "body-a", forgetAt, now);
    for (int i = 1; i <= AcceptedSignatures.MAX_OTHER_BODIES; i++) {
      assertEquals(Use.OTHER_BODY, signatures.use(TIMESTAMP, "body-" + i, forgetAt, now));
    }

    assertEquals(Use.TOO_MANY_BODIES, signatures.use(TIMESTAMP, "one-more", forgetAt, now));
    assertEquals(Use.SAME_BODY, signatures.use(TIMESTAMP, "body-a", forgetAt, now));
  }

  @Test
  void anotherTimestampIsAnotherSignature() {
    signatures.use(TIMESTAMP, "body-a", forgetAt, now);

    assertEquals(Use.FIRST, signatures.use("2026-12-02T03:00:00.124Z", "body-b", forgetAt, now));
  }

  @Test
  void timestampsPastTheirWindowArePruned() {
    signatures.use(TIMESTAMP, "body-a", forgetAt, now);
    signatures.use("2026-12-02T03:00:30.000Z", "body-b", forgetAt.plusSeconds(60), now);

    signatures.use(
        "2026-12-02T03:10:30.000Z", "body-c", forgetAt.plusSeconds(600), forgetAt.plusSeconds(30));

    assertEquals(2, signatures.size(), "the first one's window ended 30 s ago");
  }

  private static String mixedCase(String hex) {
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      mixed.append(i % 2 == 0 ? Character.toUpperCase(c) : c);
    }
    return mixed.toString();
  }
}
