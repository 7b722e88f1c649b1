package com.qventory.sync.testing;

import com.qventory.sync.domain.webhook.EbayKeyset;
import com.qventory.sync.domain.webhook.NotificationSignature;
import com.qventory.sync.infrastructure.ebay.EbayKeysetConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notification payloads under {@code src/test/resources/notifications}, with their {@code
 * {{PLACEHOLDERS}}} filled in and, given a keyset, signed the way eBay signs them. Shared with the
 * integration tests through this module's test jar.
 */
public final class Fixtures {

  /** The keyset of the fact sheet's test vector, which the integration tests configure too. */
  public static final Map<String, String> TEST_KEYSET =
      Map.of(
          EbayKeysetConfig.DEV_ID, "devid-0000-test-vector",
          EbayKeysetConfig.CLIENT_ID, "AppId-qventory-SBX-0000",
          EbayKeysetConfig.CERT_ID, "SBX-certid-test-vector-0000");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z_]+)}}");

  private static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry("ITEM_ID", "110588001234"),
          Map.entry("TIMESTAMP", "2026-11-27T18:35:50.478Z"),
          Map.entry("RECIPIENT", "vintage_finds_co"),
          Map.entry("QUANTITY", "3"),
          Map.entry("QUANTITY_SOLD", "0"),
          Map.entry("LISTING_STATUS", "Active"),
          Map.entry("PRICE", "34.99"),
          Map.entry("END_TIME", "2026-12-27T18:30:00.000Z"),
          Map.entry("RELIST_PARENT", "110588000001"),
          Map.entry("TRANSACTION_ID", "2801234567001"),
          Map.entry("QUANTITY_PURCHASED", "1"),
          Map.entry("SIGNATURE", "not-signed"));

  private Fixtures() {}

  /** The fixture with defaults for every placeholder not given, unsigned. */
  public static String fill(String name, Map<String, String> values) {
    Map<String, String> all = new HashMap<>(DEFAULTS);
    all.putAll(values);
    Matcher placeholder = PLACEHOLDER.matcher(read(name));
    StringBuilder filled = new StringBuilder();
    while (placeholder.find()) {
      String key = placeholder.group(1);
      if (!all.containsKey(key)) {
        throw new IllegalArgumentException("No value for {{" + key + "}} in " + name);
      }
      placeholder.appendReplacement(filled, Matcher.quoteReplacement(all.get(key)));
    }
    return placeholder.appendTail(filled).toString();
  }

  /** The fixture signed with {@link #TEST_KEYSET} over its Timestamp (hex for the legacy one). */
  public static String signed(String name, Map<String, String> values) {
    return signedWith(testKeyset(), name, values);
  }

  /** The fixture signed with {@code keyset} over its Timestamp (hex for the legacy one). */
  public static String signedWith(EbayKeyset keyset, String name, Map<String, String> values) {
    Map<String, String> all = new HashMap<>(DEFAULTS);
    all.putAll(values);
    String signature = NotificationSignature.expected(all.get("TIMESTAMP"), keyset);
    if (name.contains("legacy")) {
      signature = HexFormat.of().formatHex(Base64.getDecoder().decode(signature));
    }
    all.put("SIGNATURE", signature);
    return fill(name, all);
  }

  public static EbayKeyset testKeyset() {
    EbayKeysetConfig.Result result = EbayKeysetConfig.from(new MapConfig(TEST_KEYSET));
    return ((EbayKeysetConfig.Complete) result).keyset();
  }

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/notifications/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture notifications/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
