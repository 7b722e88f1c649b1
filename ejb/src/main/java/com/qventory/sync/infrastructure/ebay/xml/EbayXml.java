package com.qventory.sync.infrastructure.ebay.xml;

import com.qventory.sync.domain.inventory.Money;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;

/**
 * What every reader and writer of eBay's XML shares: a hardened parser factory, lenient value
 * readers, eBay's time format and text escaping.
 */
public final class EbayXml {

  /**
   * eBay's time format: UTC with exactly three fraction digits ({@code 2026-11-27T18:35:50.478Z}).
   */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private EbayXml() {}

  /** {@code instant} as eBay writes times. */
  public static String time(Instant instant) {
    return TIME.format(instant);
  }

  /**
   * {@code text} as element content or an attribute value: markup characters escaped, and control
   * characters, which XML 1.0 cannot carry, replaced by a space.
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&apos;");
        default -> escaped.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
      }
    }
    return escaped.toString();
  }

  /** No DTDs, no external entities, no entity replacement: eBay sends none, attackers do. */
  public static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }

  /** A count eBay states; one that is not a number, or negative, is treated as absent. */
  public static Optional<Integer> integer(String text) {
    try {
      return nonEmpty(text).map(Integer::valueOf).filter(n -> n >= 0);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public static Optional<Instant> instant(String text) {
    try {
      return nonEmpty(text).map(Instant::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** An amount with its {@code currencyID}; absent when either is missing or unreadable. */
  public static Optional<Money> money(String amount, String currency) {
    try {
      return currency == null || amount == null || amount.isEmpty()
          ? Optional.empty()
          : Optional.of(Money.parse(amount, currency));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static Optional<String> nonEmpty(String value) {
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
