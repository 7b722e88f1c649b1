package com.qventory.sync.infrastructure.ebay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.qventory.sync.testing.MapConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EbayKeysetTest {

  @Test
  void aCompleteKeysetEnablesPushSyncAndNeverPrintsItsSecrets() {
    EbayKeyset.Result result =
        EbayKeyset.from(
            new MapConfig(
                Map.of(
                    "EBAY_DEV_ID", "dev", "EBAY_CLIENT_ID", "app", "EBAY_CERT_ID", "cert-secret")));

    EbayKeyset keyset = assertInstanceOf(EbayKeyset.Complete.class, result).keyset();
    assertEquals("cert-secret", keyset.certId());
    assertFalse(keyset.toString().contains("cert-secret"));
    assertFalse(keyset.toString().contains("dev,"));
  }

  @Test
  void theClientSecretServesAsCertIdAndTheDottedNamesWorkToo() {
    EbayKeyset.Result result =
        EbayKeyset.from(
            new MapConfig(
                Map.of("ebay.dev.id", "dev", "ebay.client.id", "app", "EBAY_CLIENT_SECRET", "s")));

    assertEquals("s", assertInstanceOf(EbayKeyset.Complete.class, result).keyset().certId());
  }

  @Test
  void whatIsMissingIsNamed() {
    EbayKeyset.Result result = EbayKeyset.from(new MapConfig(Map.of("EBAY_CLIENT_ID", "app")));

    assertEquals(
        List.of("EBAY_DEV_ID", "EBAY_CERT_ID (or EBAY_CLIENT_SECRET)"),
        assertInstanceOf(EbayKeyset.Incomplete.class, result).missing());
  }

  @Test
  void certIdAndClientSecretMayBothBeSetOnlyToTheSameValue() {
    Map<String, String> same =
        Map.of(
            "EBAY_DEV_ID",
            "d",
            "EBAY_CLIENT_ID",
            "a",
            "EBAY_CERT_ID",
            "s",
            "EBAY_CLIENT_SECRET",
            "s");
    Map<String, String> differ =
        Map.of(
            "EBAY_DEV_ID", "d",
            "EBAY_CLIENT_ID", "a",
            "EBAY_CERT_ID", "secret-one",
            "EBAY_CLIENT_SECRET", "secret-two");

    assertInstanceOf(EbayKeyset.Complete.class, EbayKeyset.from(new MapConfig(same)));
    IllegalStateException refusal =
        assertThrows(IllegalStateException.class, () -> EbayKeyset.from(new MapConfig(differ)));
    assertFalse(refusal.getMessage().contains("secret-"), "the message must not echo the secrets");
  }
}
