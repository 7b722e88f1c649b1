package com.qventory.sync.ebaysim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KeysetTest {

  @Test
  void signsLikeEbayDoesPerTheFactSheetsVector() {
    Keyset keyset =
        new Keyset(
            "devid-0000-test-vector",
            "AppId-qventory-SBX-0000",
            "SBX-certid-test-vector-0000",
            "r");

    assertEquals("nJPw67Ef+oWe+/PSYotHlA==", keyset.sign("2026-11-27T18:35:50.478Z"));
  }

  @Test
  void theEnvironmentsKeysWinAndTheDemoKeysetOnlyStandsInForNone() {
    assertEquals(Keyset.DEMO, Keyset.fromEnvironment(Map.of()));
    assertEquals(
        "secret",
        Keyset.fromEnvironment(
                Map.of("EBAY_DEV_ID", "d", "EBAY_CLIENT_ID", "a", "EBAY_CLIENT_SECRET", "secret"))
            .certId());
    assertThrows(
        IllegalArgumentException.class,
        () -> Keyset.fromEnvironment(Map.of("EBAY_CLIENT_ID", "a")));
  }
}
