package com.qventory.sync.infrastructure.ebay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.qventory.sync.domain.webhook.EbayKeyset;
import com.qventory.sync.testing.MapConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EbayKeysetConfigTest {

  @Test
  void aCompleteKeysetEnablesPushSyncAndNeverPrintsItsSecrets() {
    EbayKeysetConfig.Result result =
        EbayKeysetConfig.from(
            new MapConfig(
                Map.of(
                    "EBAY_DEV_ID", "dev", "EBAY_CLIENT_ID", "app", "EBAY_CERT_ID", "cert-secret")));

    EbayKeyset keyset = assertInstanceOf(EbayKeysetConfig.Complete.class, result).keyset();
    assertEquals("cert-secret", keyset.certId());
    assertFalse(keyset.toString().contains("cert-secret"));
    assertFalse(keyset.toString().contains("dev,"));
  }

  @Test
  void theClientSecretServesAsCertIdAndTheDottedNamesWorkToo() {
    EbayKeysetConfig.Result result =
        EbayKeysetConfig.from(
            new MapConfig(
                Map.of("ebay.dev.id", "dev", "ebay.client.id", "app", "EBAY_CLIENT_SECRET", "s")));

    assertEquals("s", assertInstanceOf(EbayKeysetConfig.Complete.class, result).keyset().certId());
  }

  @Test
  void whatIsMissingIsNamed() {
    EbayKeysetConfig.Result result =
        EbayKeysetConfig.from(new MapConfig(Map.of("EBAY_CLIENT_ID", "app")));

    assertEquals(
        List.of("EBAY_DEV_ID", "EBAY_CERT_ID (or EBAY_CLIENT_SECRET)"),
        assertInstanceOf(EbayKeysetConfig.Incomplete.class, result).missing());
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

    assertInstanceOf(EbayKeysetConfig.Complete.class, EbayKeysetConfig.from(new MapConfig(same)));
    IllegalStateException refusal =
        assertThrows(
            IllegalStateException.class, () -> EbayKeysetConfig.from(new MapConfig(differ)));
    assertFalse(refusal.getMessage().contains("secret-"), "the message must not echo the secrets");
  }
}
