package com.qventory.sync.domain.inventory;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What identifies a variation on eBay when it has no SKU: its name/value pairs ({@code
 * VariationSpecifics/NameValueList}), e.g. Size = M, Colour = Blue. Kept in name order, so that the
 * same variation stated twice in a different order is the same variation.
 */
public record VariationSpecifics(SortedMap<String, String> values) {

  public static final VariationSpecifics NONE = new VariationSpecifics(new TreeMap<>());

  public VariationSpecifics {
    Objects.requireNonNull(values, "values");
    values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
  }

  public static VariationSpecifics of(Map<String, String> values) {
    return new VariationSpecifics(new TreeMap<>(values));
  }

  /** Reads {@link #text()} back: {@code Colour=Blue; Size=M}. Null or blank is {@link #NONE}. */
  public static VariationSpecifics parse(String text) {
    SortedMap<String, String> values = new TreeMap<>();
    if (text != null) {
      for (String pair : text.split("; ")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
      }
    }
    return new VariationSpecifics(values);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The stored form, {@code Colour=Blue; Size=M}; null when there are none. */
  public String text() {
    return isEmpty()
        ? null
        : values.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; "));
  }

  /** What a seller reads: {@code Colour: Blue, Size: M}. */
  public String label() {
    return values.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
