package com.qventory.sync.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogTextTest {

  @Test
  void lineBreaksAndControlCharactersCannotForgeALogLine() {
    String forged = "kid\r\n12:00:00,000 INFO  [com.qventory] admin logged in\u2028\u0085\u0000";

    String safe = LogText.safe(forged);

    assertFalse(safe.contains("\r") || safe.contains("\n") || safe.contains("\u2028"), safe);
    assertFalse(safe.contains("\u0085") || safe.contains("\u0000"), safe);
    assertEquals(
        "kid\\r\\n12:00:00,000 INFO  [com.qventory] admin logged in\\u2028\\u0085\\u0000", safe);
  }

  @Test
  void aBackslashIsEscapedSoAnEscapeCannotBeFaked() {
    assertEquals("a\\\\nb", LogText.safe("a\\nb"));
  }

  @Test
  void longTextIsCutToABound() {
    String safe = LogText.safe("x".repeat(1_000_000));

    assertTrue(safe.length() < LogText.MAX_LENGTH + 40, "cut: " + safe.length());
    assertTrue(safe.endsWith("…(999800 more characters)"), safe);
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    assertEquals("Café 10 € — ok", LogText.safe("Café 10 € — ok"));
    assertEquals("null", LogText.safe(null));
  }
}
