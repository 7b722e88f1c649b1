package com.qventory.sync.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.qventory.sync.infrastructure.ebay.platform.PlatformNotificationReader;
import com.qventory.sync.testing.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DedupKeyTest {

  private final PlatformNotificationReader reader = new PlatformNotificationReader();

  @Test
  void aRedeliveryHasTheSameKeyWhateverItsSignatureOrSoapAction() throws Exception {
    DedupKey first = key("item-listed.xml", Map.of("SIGNATURE", "a"));
    DedupKey again = key("item-listed.xml", Map.of("SIGNATURE", "b"));

    assertEquals(first, again);
    assertEquals(first.hash(), again.hash());
    assertEquals("ItemListed|110588001234|2026-11-27T18:35:50.478Z", first.text());
  }

  @Test
  void anotherEventTimeOrItemIsAnotherEffect() throws Exception {
    DedupKey listed = key("item-listed.xml", Map.of());

    assertNotEquals(listed, key("item-revised.xml", Map.of()));
    assertNotEquals(
        listed, key("item-listed.xml", Map.of("TIMESTAMP", "2026-11-27T18:35:51.000Z")));
    assertNotEquals(listed, key("item-listed.xml", Map.of("ITEM_ID", "110588009999")));
  }

  @Test
  void saleKeysCarryTheirTransactionIds() throws Exception {
    DedupKey sale = key("fixed-price-transaction.xml", Map.of("TRANSACTION_ID", "2801"));

    assertEquals("FixedPriceTransaction|110588001234|2026-11-27T18:35:50.478Z|2801", sale.text());
    assertNotEquals(sale, key("fixed-price-transaction.xml", Map.of("TRANSACTION_ID", "2802")));
    assertEquals(64, sale.hash().length());
  }

  private DedupKey key(String fixture, Map<String, String> values) throws Exception {
    return DedupKey.of(reader.read(Fixtures.fill(fixture, values), null));
  }
}
