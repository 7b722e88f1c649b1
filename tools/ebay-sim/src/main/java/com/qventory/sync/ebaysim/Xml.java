package com.qventory.sync.ebaysim;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small XML helpers: escaping, eBay's time format, and a DOM parser with DTDs switched off. */
public final class Xml {

  private static final DateTimeFormatter EBAY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Xml() {}

  /** eBay's time format: UTC with exactly three fraction digits. */
  public static String time(Instant instant) {
    return EBAY_TIME.format(instant);
  }

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code <name>value</name>}, escaped; nothing when the value is null. */
  public static String element(String name, Object value) {
    return value == null ? "" : "<" + name + ">" + escape(value.toString()) + "</" + name + ">";
  }

  static String money(String name, BigDecimal amount, String currency) {
    return amount == null
        ? ""
        : "<"
            + name
            + " currencyID=\""
            + escape(currency)
            + "\">"
            + amount.toPlainString()
            + "</"
            + name
            + ">";
  }

  static Document parse(byte[] body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
  }

  /** The text of the first descendant with this local name, below {@code from}. */
  static Optional<String> text(Element from, String localName) {
    NodeList found = from.getElementsByTagNameNS("*", localName);
    return found.getLength() == 0
        ? Optional.empty()
        : Optional.of(found.item(0).getTextContent().strip()).filter(t -> !t.isEmpty());
  }

  static List<Element> children(Element parent, String localName) {
    List<Element> result = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && localName.equals(e.getLocalName())) {
        result.add(e);
      }
    }
    return result;
  }

  static Optional<Element> child(Element parent, String localName) {
    return children(parent, localName).stream().findFirst();
  }
}
