package com.qventory.sync.infrastructure.ebay.xml;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.Money;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The listings of a Trading API answer — {@code GetItemResponse/Item}, or {@code
 * GetSellerListResponse/ItemArray/Item} and {@code GetSellerEventsResponse/ItemArray/Item} — read
 * in one streaming pass with the same {@link ItemElement} mapper as notifications.
 */
public final class TradingAnswer {

  private static final XMLInputFactory XML = EbayXml.secureFactory();
  private static final int MAX_DEPTH = 32;

  private TradingAnswer() {}

  public static List<EbayListing> listings(String xml) throws XMLStreamException {
    XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(xml));
    try {
      return new Walk(reader).run();
    } finally {
      reader.close();
    }
  }

  private static final class Walk implements ItemElement.Content {
    private final XMLStreamReader reader;
    private final List<String> path = new ArrayList<>();
    private final List<EbayListing> listings = new ArrayList<>();
    private ItemElement item;
    private int itemDepth;

    Walk(XMLStreamReader reader) {
      this.reader = reader;
    }

    List<EbayListing> run() throws XMLStreamException {
      while (reader.hasNext()) {
        switch (reader.next()) {
          case XMLStreamConstants.START_ELEMENT -> start();
          case XMLStreamConstants.END_ELEMENT -> end();
          case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
              throw new XMLStreamException("DOCTYPE and entity references are not allowed");
          default -> {
            // text between elements, comments: nothing we use
          }
        }
      }
      return listings;
    }

    private void start() throws XMLStreamException {
      path.add(reader.getLocalName());
      if (path.size() > MAX_DEPTH) {
        throw new XMLStreamException("Nested deeper than " + MAX_DEPTH + " elements");
      }
      if (item != null) {
        item.start(below(), this);
      } else if (isListing()) {
        item = new ItemElement();
        itemDepth = path.size();
      }
    }

    private void end() {
      if (item != null && path.size() == itemDepth) {
        item.listing().ifPresent(listings::add);
        item = null;
      } else if (item != null) {
        item.end(below());
      }
      path.remove(path.size() - 1);
    }

    /** {@code <Root>/Item} or {@code <Root>/ItemArray/Item}. */
    private boolean isListing() {
      return path.get(path.size() - 1).equals("Item")
          && (path.size() == 2 || (path.size() == 3 && path.get(1).equals("ItemArray")));
    }

    private String below() {
      return String.join("/", path.subList(itemDepth, path.size()));
    }

    @Override
    public String text() throws XMLStreamException {
      String text = reader.getElementText().strip();
      path.remove(path.size() - 1); // its end tag is consumed
      return text;
    }

    @Override
    public Optional<Money> money() throws XMLStreamException {
      String currency = reader.getAttributeValue(null, "currencyID");
      return EbayXml.money(text(), currency);
    }
  }
}
