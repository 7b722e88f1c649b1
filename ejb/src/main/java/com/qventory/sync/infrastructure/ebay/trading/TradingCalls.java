package com.qventory.sync.infrastructure.ebay.trading;

import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.infrastructure.ebay.EbayEndpoints;
import com.qventory.sync.infrastructure.ebay.EbayHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One Trading API call — the request envelope, eBay's headers, and the answer's {@code Ack}: a
 * Failure (or PartialFailure) becomes an exception with eBay's message and error code. What each
 * call reads from the answer is read by path from its root, never by searching the document for a
 * name that may occur anywhere in it.
 */
@ApplicationScoped
public class TradingCalls {

  static final String COMPATIBILITY_LEVEL = "1423";

  /** A call that answers at once. */
  static final Duration TIMEOUT = Duration.ofSeconds(15);

  /**
   * GetSellerEvents, GetSellerList and GetItem can take minutes to answer (KB 1313 recommends a
   * timeout over 120 s); they run in the background, never on a request thread.
   */
  static final Duration POLLING_TIMEOUT = Duration.ofSeconds(150);

  /** An answer, parsed once: its elements by path, and its text for the streaming readers. */
  record Answer(Element root, String xml) {

    /**
     * The text at {@code path} below the root ({@code User/UserID}); empty when absent or blank.
     */
    Optional<String> text(String path) {
      return TradingCalls.text(root, path);
    }

    /** The elements named {@code name} directly inside the element at {@code path}. */
    List<Element> children(String path, String name) {
      return element(root, path)
          .map(parent -> TradingCalls.children(parent, name))
          .orElse(List.of());
    }
  }

  @Inject private EbayEndpoints endpoints;

  @Inject private EbayHttp http;

  /** Calls {@code name} with {@code content} inside its request element. */
  Answer call(String name, String accessToken, String content, Duration timeout)
      throws EbayApiException {
    String body =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><"
            + name
            + "Request xmlns=\"urn:ebay:apis:eBLBaseComponents\">"
            + content
            + "</"
            + name
            + "Request>";
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(endpoints.tradingUrl()))
                .timeout(timeout)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("X-EBAY-API-CALL-NAME", name)
                .header("X-EBAY-API-SITEID", "0")
                .header("X-EBAY-API-COMPATIBILITY-LEVEL", COMPATIBILITY_LEVEL)
                .header("X-EBAY-API-IAF-TOKEN", accessToken)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            "eBay");
    Answer answer =
        new Answer(
            root(name + " (HTTP " + response.statusCode() + ")", response.body()), response.body());
    String ack = answer.text("Ack").orElse("Failure");
    if (ack.equals("Failure") || ack.equals("PartialFailure")) {
      throw new EbayApiException(
          name
              + " failed: "
              + answer
                  .text("Errors/LongMessage")
                  .or(() -> answer.text("Errors/ShortMessage"))
                  .orElse("no message")
              + " (error "
              + answer.text("Errors/ErrorCode").orElse("?")
              + ")",
          answer.text("Errors/ErrorCode").orElse(null));
    }
    return answer;
  }

  /** The text at {@code path} below {@code from}; empty when absent or blank. */
  static Optional<String> text(Element from, String path) {
    return element(from, path)
        .map(found -> found.getTextContent().strip())
        .filter(text -> !text.isEmpty());
  }

  /** The first element at {@code path} ({@code a/b/c}, each a child of the one before). */
  static Optional<Element> element(Element from, String path) {
    Element at = from;
    for (String name : path.split("/")) {
      List<Element> found = children(at, name);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      at = found.get(0);
    }
    return Optional.of(at);
  }

  /** The elements named {@code name} directly inside {@code parent}, in document order. */
  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static Element root(String call, String xml) throws EbayApiException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement();
    } catch (Exception e) {
      throw new EbayApiException(call + ": eBay answered without XML");
    }
  }
}
