package com.qventory.sync.infrastructure.ebay.platform;

import static com.qventory.sync.infrastructure.ebay.xml.EbayXml.nonEmpty;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.EbaySale;
import com.qventory.sync.domain.inventory.Money;
import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.PlatformNotification;
import com.qventory.sync.domain.webhook.PlatformNotification.Format;
import com.qventory.sync.infrastructure.ebay.xml.EbayXml;
import com.qventory.sync.infrastructure.ebay.xml.ItemElement;
import com.qventory.sync.infrastructure.ebay.xml.TransactionElement;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an eBay Platform Notification in one streaming pass over the SOAP envelope, taking only the
 * fields we use (see docs in {@code ebay-protocols.md}). Hostile input is refused, never expanded:
 * a DOCTYPE or entity reference, nesting deeper than the limit, more elements than the limit, or an
 * element text longer than the limit. A field whose value cannot be read (a quantity that is not a
 * number) is treated as absent rather than losing the whole notification.
 */
public final class PlatformNotificationReader {

  /** Bounds on what one notification may contain. */
  public record Limits(int maxDepth, int maxElements, int maxTextLength) {

    public static final Limits DEFAULT = new Limits(48, 20_000, 64 * 1024);
  }

  private static final XMLInputFactory XML = EbayXml.secureFactory();

  private static final String SOAP_1_1 = "http://schemas.xmlsoap.org/soap/envelope/";

  /** Where a notification's transactions are, below its body's response element. */
  private static final String TRANSACTION = "TransactionArray/Transaction";

  private static final DateTimeFormatter LEGACY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Limits limits;

  public PlatformNotificationReader(Limits limits) {
    this.limits = limits;
  }

  public PlatformNotificationReader() {
    this(Limits.DEFAULT);
  }

  /**
   * @param soapAction the request's SOAPAction header, or null; its last path segment names the
   *     event when the body does not ({@code NotificationEventName} wins)
   */
  public PlatformNotification read(String rawPayload, String soapAction)
      throws MalformedNotificationException {
    Pass pass = new Pass();
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(rawPayload));
      try {
        pass.run(reader);
      } finally {
        reader.close();
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw new MalformedNotificationException(
          "Not a readable SOAP notification: " + e.getMessage(), e);
    }
    if (!pass.sawEnvelope) {
      throw new MalformedNotificationException("Not a SOAP envelope", null);
    }
    String eventName =
        pass.eventName != null && !pass.eventName.isEmpty()
            ? pass.eventName
            : PlatformNotification.eventNameFromSoapAction(soapAction)
                .orElse(PlatformNotification.UNKNOWN_EVENT);
    Optional<EbayListing> listing = pass.listing();
    Optional<String> itemId =
        listing.map(EbayListing::itemId).or(() -> nonEmpty(pass.legacyItemId));
    return new PlatformNotification(
        pass.legacy ? Format.LEGACY : Format.MODERN,
        eventName,
        nonEmpty(pass.signature),
        nonEmpty(pass.timestamp),
        nonEmpty(pass.timestamp)
            .flatMap(text -> pass.legacy ? legacyTime(text) : EbayXml.instant(text)),
        nonEmpty(pass.recipient),
        nonEmpty(pass.eiasToken),
        nonEmpty(pass.externalUserData),
        itemId,
        listing,
        pass.sales,
        rawPayload);
  }

  /** One pass over one document: the element path so far and what was found on it. */
  private final class Pass implements ItemElement.Content {
    private final List<String> path = new ArrayList<>();
    private int elements;
    private boolean sawEnvelope;
    private boolean legacy;

    private String signature;
    private String timestamp;
    private String eventName;
    private String recipient;
    private String eiasToken;
    private String externalUserData;
    private String legacyItemId;

    private final ItemElement item = new ItemElement();
    private TransactionElement sale;
    private final List<EbaySale> sales = new ArrayList<>();

    /** The document being read: what {@link ItemElement.Content} reads from. */
    private XMLStreamReader current;

    void run(XMLStreamReader reader) throws XMLStreamException {
      current = reader;
      while (reader.hasNext()) {
        int token = reader.next();
        switch (token) {
          case XMLStreamConstants.START_ELEMENT -> start(reader);
          case XMLStreamConstants.END_ELEMENT -> end();
          case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
              // eBay never sends either; one in a notification is an attack, not a payload.
              throw new XMLStreamException("DOCTYPE and entity references are not allowed");
          default -> {
            // text between elements, comments, processing instructions: nothing we use
          }
        }
      }
    }

    private void start(XMLStreamReader reader) throws XMLStreamException {
      String name = reader.getLocalName();
      if (++elements > limits.maxElements()) {
        throw new XMLStreamException("More than " + limits.maxElements() + " elements");
      }
      path.add(name);
      if (path.size() > limits.maxDepth()) {
        throw new XMLStreamException("Nested deeper than " + limits.maxDepth() + " elements");
      }
      if (path.size() == 1) {
        sawEnvelope = "Envelope".equals(name);
        if (!sawEnvelope) {
          throw new XMLStreamException("The root element is " + name + ", not a SOAP Envelope");
        }
        if (!SOAP_1_1.equals(reader.getNamespaceURI())) {
          // The endpoint speaks SOAP 1.1, as eBay does: anything else would fail in the SOAP
          // stack after screening, with a 500 that a sender retries.
          throw new XMLStreamException(
              "The Envelope's namespace is " + reader.getNamespaceURI() + ", not SOAP 1.1's");
        }
        return;
      }
      if (path.size() >= 2 && "Header".equals(path.get(1))) {
        if ("NotificationSignature".equals(name)) {
          signature = text(reader);
        }
        return;
      }
      if (path.size() < 3 || !"Body".equals(path.get(1))) {
        return;
      }
      if (path.size() == 3) {
        legacy = "Notification".equals(name);
        return;
      }
      String at = String.join("/", path.subList(3, path.size()));
      if (legacy) {
        startLegacy(reader, at, name);
      } else {
        startModern(reader, at);
      }
    }

    private void startLegacy(XMLStreamReader reader, String at, String name)
        throws XMLStreamException {
      if (at.equals("Event/EventTime/EBayTime")) {
        timestamp = text(reader);
      } else if (path.size() == 5 && at.startsWith("Event/") && !"EventTime".equals(name)) {
        eventName = name;
      } else if (path.size() == 6 && "ItemId".equals(name)) {
        legacyItemId = text(reader);
      }
    }

    private void startModern(XMLStreamReader reader, String at) throws XMLStreamException {
      if (at.startsWith("Item/")) {
        item.start(at.substring("Item/".length()), this);
        return;
      }
      if (at.equals(TRANSACTION)) {
        sale = new TransactionElement();
        return;
      }
      if (at.startsWith(TRANSACTION + "/") && sale != null) {
        sale.start(at.substring(TRANSACTION.length() + 1), this);
        return;
      }
      switch (at) {
        case "Timestamp" -> timestamp = text(reader);
        case "NotificationEventName" -> eventName = text(reader);
        case "RecipientUserID" -> recipient = text(reader);
        case "EIASToken" -> eiasToken = text(reader);
        case "ExternalUserData" -> externalUserData = text(reader);
        default -> {
          // an element we do not use
        }
      }
    }

    private void end() {
      String at = path.size() > 3 ? String.join("/", path.subList(3, path.size())) : "";
      if (!legacy && at.startsWith("Item/")) {
        item.end(at.substring("Item/".length()));
      } else if (!legacy && at.equals(TRANSACTION) && sale != null) {
        sale.sale(Optional.empty()).ifPresent(sales::add);
        sale = null;
      }
      path.remove(path.size() - 1);
    }

    /**
     * The text of the element just started, up to its end tag; the element is consumed, so its path
     * entry is dropped here. Unlike {@code getElementText}, an entity reference (an undeclared
     * {@code &nbsp;}: not well-formed without a DTD) is refused, not dropped, and the length is
     * checked as the text grows.
     */
    private String text(XMLStreamReader reader) throws XMLStreamException {
      StringBuilder text = new StringBuilder();
      for (int token = reader.next();
          token != XMLStreamConstants.END_ELEMENT;
          token = reader.next()) {
        switch (token) {
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
            if (text.length() > limits.maxTextLength()) {
              throw new XMLStreamException(
                  "An element text is longer than " + limits.maxTextLength());
            }
          }
          case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> {
            // not part of the text
          }
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new XMLStreamException("Entity references are not allowed");
          default ->
              throw new XMLStreamException(
                  "An element inside " + path.get(path.size() - 1) + ", where text was expected");
        }
      }
      path.remove(path.size() - 1);
      return text.toString().strip();
    }

    private Optional<Money> money(XMLStreamReader reader) throws XMLStreamException {
      String currency = reader.getAttributeValue(null, "currencyID");
      return EbayXml.money(text(reader), currency);
    }

    @Override
    public String text() throws XMLStreamException {
      return text(current);
    }

    @Override
    public Optional<Money> money() throws XMLStreamException {
      return money(current);
    }

    Optional<EbayListing> listing() {
      return item.listing();
    }
  }

  /** The legacy format's {@code EBayTime}, e.g. {@code 2026-11-27 18:40:00}, in GMT. */
  private static Optional<Instant> legacyTime(String text) {
    try {
      return Optional.of(LocalDateTime.parse(text, LEGACY_TIME).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return EbayXml.instant(text);
    }
  }
}
