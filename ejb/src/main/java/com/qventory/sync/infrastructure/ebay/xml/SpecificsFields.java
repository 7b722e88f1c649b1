package com.qventory.sync.infrastructure.ebay.xml;

import com.qventory.sync.domain.inventory.VariationSpecifics;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code VariationSpecifics/NameValueList/{Name, Value}} pairs in document order; a name without a
 * value (or the reverse) is dropped. eBay allows several values per name; the first identifies.
 */
public final class SpecificsFields {

  private final Map<String, String> values = new LinkedHashMap<>();
  private String pendingName;

  /**
   * Takes {@code NameValueList/Name} or {@code NameValueList/Value} (paths relative to
   * VariationSpecifics); ignores anything else.
   */
  public void take(String at, String text) {
    if (at.equals("NameValueList/Name")) {
      pendingName = text;
    } else if (at.equals("NameValueList/Value")) {
      if (pendingName != null && !pendingName.isEmpty() && !text.isEmpty()) {
        values.putIfAbsent(pendingName, text);
      }
      pendingName = null;
    }
  }

  public VariationSpecifics build() {
    return VariationSpecifics.of(values);
  }
}
