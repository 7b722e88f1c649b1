package com.qventory.sync.infrastructure.ebay.xml;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.Money;
import com.qventory.sync.domain.seller.EbayOrders.OrderLine;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What we read of a Trading API answer, in one streaming pass with the same mappers as
 * notifications: its listings — {@code GetItemResponse/Item}, or {@code
 * GetSellerListResponse/ItemArray/Item} and {@code GetSellerEventsResponse/ItemArray/Item} ({@link
 * ItemElement}) — and GetOrders' order lines, {@code OrderArray/Order/TransactionArray/Transaction}
 * ({@link TransactionElement}).
 */
public final class TradingAnswer {

  private static final XMLInputFactory XML = EbayXml.secureFactory();
  private static final int MAX_DEPTH = 32;

  private TradingAnswer() {}

  public static List<EbayListing> listings(String xml) throws XMLStreamException {
    XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(xml));
    try {
      return new Walk(reader).run().listings;
    } finally {
      reader.close();
    }
  }

  /** GetOrders' lines: each transaction that is a sale, with the listing it sold. */
  public static List<OrderLine> orderLines(String xml) throws XMLStreamException {
    XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(xml));
    try {
      return new Walk(reader).run().lines;
    } finally {
      reader.close();
    }
  }

  private static final class Walk implements ItemElement.Content {
    private final XMLStreamReader reader;
    private final List<String> path = new ArrayList<>();
    private final List<EbayListing> listings = new ArrayList<>();
    private final List<OrderLine> lines = new ArrayList<>();
    private ItemElement item;
    private int itemDepth;
    private String orderId;
    private TransactionElement transaction;
    private int transactionDepth;

    Walk(XMLStreamReader reader) {
      this.reader = reader;
    }

    Walk run() throws XMLStreamException {
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
      return this;
    }

    private void start() throws XMLStreamException {
      path.add(reader.getLocalName());
      if (path.size() > MAX_DEPTH) {
        throw new XMLStreamException("Nested deeper than " + MAX_DEPTH + " elements");
      }
      if (item != null) {
        item.start(below(itemDepth), this);
      } else if (transaction != null) {
        transaction.start(below(transactionDepth), this);
      } else if (isListing()) {
        item = new ItemElement();
        itemDepth = path.size();
      } else if (isOrder()) {
        orderId = null;
      } else if (isOrderField("OrderID")) {
        orderId = text();
      } else if (isOrderField("TransactionArray/Transaction")) {
        transaction = new TransactionElement();
        transactionDepth = path.size();
      }
    }

    private void end() {
      if (item != null && path.size() == itemDepth) {
        item.listing().ifPresent(listings::add);
        item = null;
      } else if (item != null) {
        item.end(below(itemDepth));
      } else if (transaction != null && path.size() == transactionDepth) {
        TransactionElement ended = transaction;
        ended
            .itemId()
            .ifPresent(
                itemId ->
                    ended
                        .sale(Optional.ofNullable(orderId))
                        .ifPresent(sale -> lines.add(new OrderLine(itemId, sale))));
        transaction = null;
      }
      path.remove(path.size() - 1);
    }

    /** {@code GetOrdersResponse/OrderArray/Order}. */
    private boolean isOrder() {
      return path.size() == 3 && path.get(1).equals("OrderArray") && path.get(2).equals("Order");
    }

    /** A field of an Order: {@code GetOrdersResponse/OrderArray/Order/<field>}. */
    private boolean isOrderField(String field) {
      return path.size() > 3
          && path.get(1).equals("OrderArray")
          && path.get(2).equals("Order")
          && String.join("/", path.subList(3, path.size())).equals(field);
    }

    /** {@code <Root>/Item} or {@code <Root>/ItemArray/Item}. */
    private boolean isListing() {
      return path.get(path.size() - 1).equals("Item")
          && (path.size() == 2 || (path.size() == 3 && path.get(1).equals("ItemArray")));
    }

    private String below(int depth) {
      return String.join("/", path.subList(depth, path.size()));
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
