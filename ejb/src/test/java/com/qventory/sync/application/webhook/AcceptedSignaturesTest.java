package com.qventory.sync.application.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qventory.sync.application.webhook.AcceptedSignatures.Use;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AcceptedSignaturesTest {

  private static final String TIMESTAMP = "2026-12-02T03:00:00.123Z";
  private static final String SIGNATURE = "nJPw67Ef+oWe+/PSYotHlA==";

  private final AcceptedSignatures signatures = new AcceptedSignatures();
  private final Instant now = Instant.parse(TIMESTAMP);
  private final Instant forgetAt = now.plus(Duration.ofMinutes(10));

  @Test
  void theFirstBodyUnderASignatureIsRememberedAndMayComeAgain() {
    assertEquals(Use.FIRST, signatures.use(TIMESTAMP, SIGNATURE, "body-a", forgetAt, now));
    assertEquals(
        Use.SAME_BODY,
        signatures.use(TIMESTAMP, " " + SIGNATURE, "body-a", forgetAt, now.plusSeconds(5)));
  }

  @Test
  void anotherBodyUnderTheSameSignatureIsToldApart() {
    signatures.use(TIMESTAMP, SIGNATURE, "body-a", forgetAt, now);

    assertEquals(
        Use.OTHER_BODY,
        signatures.use(TIMESTAMP, SIGNATURE, "body-b", forgetAt, now.plusSeconds(1)));
    assertEquals(
        Use.SAME_BODY,
        signatures.use(TIMESTAMP, SIGNATURE, "body-a", forgetAt, now.plusSeconds(2)),
        "the first body stays the one remembered");
  }

  @Test
  void aSignatureCarriesABoundedNumberOfOtherBodies() {
    signatures.use(TIMESTAMP, SIGNATURE, "body-a", forgetAt, now);
    for (int i = 1; i <= AcceptedSignatures.MAX_OTHER_BODIES; i++) {
      assertEquals(
          Use.OTHER_BODY, signatures.use(TIMESTAMP, SIGNATURE, "body-" + i, forgetAt, now));
    }

    assertEquals(
        Use.TOO_MANY_BODIES, signatures.use(TIMESTAMP, SIGNATURE, "one-more", forgetAt, now));
    assertEquals(Use.SAME_BODY, signatures.use(TIMESTAMP, SIGNATURE, "body-a", forgetAt, now));
  }

  @Test
  void anotherTimestampIsAnotherSignature() {
    signatures.use(TIMESTAMP, SIGNATURE, "body-a", forgetAt, now);

    assertEquals(
        Use.FIRST, signatures.use("2026-12-02T03:00:00.124Z", SIGNATURE, "body-b", forgetAt, now));
  }

  @Test
  void aSignaturePastItsWindowMayBeRememberedAfresh() {
    signatures.use(TIMESTAMP, SIGNATURE, "body-a", forgetAt, now);

    assertEquals(
        Use.FIRST,
        signatures.use(TIMESTAMP, SIGNATURE, "body-b", forgetAt, forgetAt.plusSeconds(1)),
        "past the window the screening's timestamp check refuses it anyway");
  }

  @Test
  void signaturesPastTheirWindowArePruned() {
    signatures.use(TIMESTAMP, SIGNATURE, "body-a", forgetAt, now);
    signatures.use("2026-12-02T03:00:30.000Z", "other", "body-b", forgetAt.plusSeconds(60), now);

    signatures.use(
        "2026-12-02T03:10:30.000Z",
        "third",
        "body-c",
        forgetAt.plusSeconds(600),
        forgetAt.plusSeconds(30));

    assertEquals(2, signatures.size(), "the first one's window ended 30 s ago");
  }
}
