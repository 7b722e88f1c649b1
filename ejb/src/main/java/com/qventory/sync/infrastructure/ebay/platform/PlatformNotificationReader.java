package com.qventory.sync.infrastructure.ebay.platform;

import com.qventory.sync.domain.webhook.PlatformNotification;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the few fields of an eBay Platform Notification that identify it, by streaming over the
 * SOAP envelope. No DTDs and no external entities are ever resolved.
 */
public final class PlatformNotificationReader {

  /** The event name when neither the body nor the SOAPAction header names one. */
  public static final String UNKNOWN_EVENT = "Unknown";

  private static final XMLInputFactory XML = secureFactory();

  private PlatformNotificationReader() {}

  /**
   * @param soapAction the request's SOAPAction header, or null; its last path segment names the
   *     event when the body does not ({@code NotificationEventName} wins)
   */
  public static PlatformNotification read(String rawPayload, String soapAction)
      throws MalformedNotificationException {
    String eventName = null;
    String itemId = null;
    String recipient = null;
    String timestamp = null;
    Deque<String> path = new ArrayDeque<>();
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(new StringReader(rawPayload));
      try {
        while (reader.hasNext()) {
          int token = reader.next();
          if (token == XMLStreamConstants.START_ELEMENT) {
            String name = reader.getLocalName();
            // The response element sits directly in Body: Envelope/Body/XxxResponse/<field>.
            if (path.size() == 3) {
              switch (name) {
                case "NotificationEventName" -> eventName = reader.getElementText().strip();
                case "RecipientUserID" -> recipient = reader.getElementText().strip();
                case "Timestamp" -> timestamp = reader.getElementText().strip();
                default -> path.push(name);
              }
            } else if (path.size() == 4 && "Item".equals(path.peek()) && "ItemID".equals(name)) {
              itemId = reader.getElementText().strip();
            } else {
              path.push(name);
            }
          } else if (token == XMLStreamConstants.END_ELEMENT) {
            path.pop();
          } else if (token == XMLStreamConstants.DTD
              || token == XMLStreamConstants.ENTITY_REFERENCE) {
            // eBay never sends either; one in a notification is an attack, not a payload.
            throw new MalformedNotificationException(
                "DOCTYPE and entity references are not allowed", null);
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw new MalformedNotificationException(
          "Not a readable SOAP notification: " + e.getMessage(), e);
    }
    if (eventName == null || eventName.isEmpty()) {
      eventName = eventNameFromSoapAction(soapAction).orElse(UNKNOWN_EVENT);
    }
    return new PlatformNotification(
        eventName,
        nonEmpty(itemId),
        nonEmpty(recipient),
        nonEmpty(timestamp).flatMap(PlatformNotificationReader::parseInstant),
        rawPayload);
  }

  /** {@code "https://developer.ebay.com/notification/ItemListed"} → {@code ItemListed}. */
  static Optional<String> eventNameFromSoapAction(String soapAction) {
    if (soapAction == null) {
      return Optional.empty();
    }
    String unquoted = soapAction.strip().replace("\"", "");
    int slash = unquoted.lastIndexOf('/');
    String segment = unquoted.substring(slash + 1).strip();
    return segment.isEmpty() || !segment.chars().allMatch(Character::isLetterOrDigit)
        ? Optional.empty()
        : Optional.of(segment);
  }

  private static Optional<Instant> parseInstant(String text) {
    try {
      return Optional.of(Instant.parse(text.toUpperCase(Locale.ROOT)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> nonEmpty(String value) {
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }
}
